import { PermanentError } from '../../errors.js';
import type { Middleware } from '../types.js';

/**
 * Dead-letters at once the failures that `isPoison` picks (a payload the handler cannot use, a
 * reference that will never exist): they are rethrown as a `PermanentError` with the original as
 * its `cause`, and the transport parks the message without spending its remaining attempts.
 * Other errors pass through unchanged, to be redelivered with backoff and parked after
 * `maxAttempts`. Put it inside `retry` (after it in the list), so that `retry` sees the
 * `PermanentError` and does not retry poison in process either.
 */
export const deadLetterOn =
  (isPoison: (error: unknown) => boolean): Middleware =>
  (next) =>
  async (ctx) => {
    try {
      await next(ctx);
    } catch (error) {
      if (error instanceof PermanentError || !isPoison(error)) throw error;
      throw new PermanentError(error instanceof Error ? error.message : String(error), { cause: error });
    }
  };
