import { status, type Metadata, type sendUnaryData, type ServerUnaryCall, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import { ConcurrencyError, MessageValidationError, RuleViolationError } from '@mallbots/eda';
import type { Logger } from 'pino';
import { z } from 'zod';
import { isConnectionError } from '@mallbots/eda-postgres';
import { DATABASE_UNREACHABLE, NotFoundError } from './errors.js';
import { idParams } from './http-schemas.js';
import type { Protos } from './grpc-protos.js';

/** A gRPC status and its message, the counterpart of the HTTP API's error body. */
export interface GrpcFailure {
  code: status;
  details: string;
}

/**
 * The status of an error, as HTTP maps it to a status code: a bad field or a broken rule is
 * INVALID_ARGUMENT (400), an unknown id NOT_FOUND (404), a lost race ABORTED (409), a database
 * that cannot be reached UNAVAILABLE (503); anything unexpected is INTERNAL without details (500).
 */
export const grpcFailureOf = (error: unknown): GrpcFailure => {
  if (error instanceof z.ZodError) {
    const issue = error.issues[0]!;
    return { code: status.INVALID_ARGUMENT, details: `${issue.path.join('.') || 'request'}: ${issue.message}` };
  }
  if (error instanceof NotFoundError) return { code: status.NOT_FOUND, details: error.message };
  if (error instanceof RuleViolationError || error instanceof MessageValidationError) return { code: status.INVALID_ARGUMENT, details: error.message };
  if (error instanceof ConcurrencyError) return { code: status.ABORTED, details: 'a concurrent change won; read again and retry' };
  if (isConnectionError(error)) return { code: status.UNAVAILABLE, details: DATABASE_UNREACHABLE };
  return { code: status.INTERNAL, details: 'internal error' };
};

/** The `id` of a request, checked as the HTTP API checks an id in a path (a ZodError names the field). */
export const idOf = (request: { id: string }): string => idParams.parse({ id: request.id }).id;

/** The empty answer of a command that returns nothing, once `work` is done. */
export const answered = async (work: Promise<unknown>): Promise<Record<string, never>> => {
  await work;
  return {};
};

/** The plain async functions that serve each unary method of a service: request in, response out. */
export type UnaryHandlers<D extends ServiceDefinition> = {
  // `ServiceDefinition` has a string index: only the generated definition's named methods count.
  [M in keyof D as string extends M ? never : M]: D[M] extends MethodDefinition<infer _RequestIn, infer Response, infer Request, infer _ResponseOut>
    ? (request: Request, metadata: Metadata) => Promise<Response>
    : never;
};

/** Where modules mount their gRPC services (the counterpart of the HTTP gateway's routes). */
export interface GrpcServices {
  readonly protos: Protos;
  /**
   * Serves a service whose methods are all unary. A handler's error becomes the call's status
   * (`grpcFailureOf`); an unexpected one is logged and answered INTERNAL without details.
   */
  addUnary<D extends ServiceDefinition>(service: D, handlers: UnaryHandlers<D>): void;
  /** Serves a service as grpc-js takes it (streaming methods); it maps its own errors to statuses. */
  add(service: ServiceDefinition, implementation: UntypedServiceImplementation): void;
}

/** Wraps the plain handlers into grpc-js's callback form. */
export const unaryImplementation = <D extends ServiceDefinition>(handlers: UnaryHandlers<D>, logger: Logger): UntypedServiceImplementation =>
  Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
        // A handler that throws before its first await rejects the same way.
        new Promise((resolve) => resolve((handler as (request: unknown, metadata: Metadata) => Promise<unknown>)(call.request, call.metadata))).then(
          (response) => callback(null, response),
          (error: unknown) => {
            const failure = grpcFailureOf(error);
            if (failure.code === status.INTERNAL) logger.error({ err: error, method: call.getPath() }, 'gRPC call failed');
            callback({ code: failure.code, details: failure.details });
          },
        );
      },
    ]),
  );
