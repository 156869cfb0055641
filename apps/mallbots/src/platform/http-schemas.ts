import { z } from 'zod';

/**
 * Building blocks of request and response schemas. Bodies are strict (an unknown field is a 400
 * that names it) and strings are bounded (a huge string is a 400, not a stored megabyte). Schemas
 * check types only: a value of the right type that breaks a rule (a blank name, a negative price)
 * reaches the domain, which answers with the rule's own message.
 */
export const text = (max = 200) => z.string().max(max);

/** An id in a path. */
export const idParams = z.strictObject({ id: text(100) });

/** The body of a success that returns nothing. */
export const emptyResponse = z.object({});

/** The body of a create. */
export const createdResponse = z.object({ id: z.string() });

export const errorResponse = z.object({ code: z.number(), message: z.string() });

/** Responses of a route that can fail with a broken rule or an unknown id. */
export const withErrors = <S extends z.ZodType>(ok: S) => ({ 200: ok, 400: errorResponse, 404: errorResponse, 409: errorResponse });
