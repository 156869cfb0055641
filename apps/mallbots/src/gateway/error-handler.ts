import { ConcurrencyError, MessageValidationError, RuleViolationError } from '@mallbots/eda';
import { isConnectionError } from '@mallbots/eda-postgres';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DATABASE_UNREACHABLE, NotFoundError } from '../platform/errors.js';

/** The error body of the API: the status again and the broken rule in plain words. */
export interface ErrorBody {
  code: number;
  message: string;
}

const fieldOf = (context: string | undefined, instancePath: string): string =>
  [context, ...instancePath.split('/').filter(Boolean)].filter(Boolean).join('.');

/** The status and message of an error, as the API spec says; anything unexpected is a 500 without details. */
export const errorBodyOf = (error: FastifyError | Error): ErrorBody => {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issue = error.validation[0]!;
    return { code: 400, message: `${fieldOf(error.validationContext, issue.instancePath)}: ${issue.message}` };
  }
  if (error instanceof NotFoundError) return { code: 404, message: error.message };
  if (error instanceof RuleViolationError) return { code: 400, message: error.message };
  if (error instanceof MessageValidationError) return { code: 400, message: error.message };
  if (error instanceof ConcurrencyError) return { code: 409, message: 'a concurrent change won; read again and retry' };
  if (isConnectionError(error)) return { code: 503, message: DATABASE_UNREACHABLE };
  const { code, statusCode } = error as FastifyError;
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (error instanceof SyntaxError && statusCode === 400)) return { code: 400, message: 'the body is not valid JSON' };
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { code: 400, message: 'the body is too large' };
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { code: 400, message: 'the body must be JSON (Content-Type: application/json)' };
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return { code: 400, message: 'the body is empty; send a JSON object' };
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) return { code: statusCode === 413 ? 400 : statusCode, message: error.message };
  return { code: 500, message: 'internal error' };
};

export const handleError = (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
  const body = errorBodyOf(error);
  if (body.code === 500) request.log.error({ err: error }, 'request failed');
  void reply.code(body.code).send(body);
};
