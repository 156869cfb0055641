import { setTimeout as sleep } from 'node:timers/promises';
import { isPermanent, RuleViolationError } from '../../errors.js';
import { backoffDelay } from '../../log/backoff.js';
import type { BackoffOptions } from '../../transport.js';
import type { Middleware } from '../types.js';

export interface RetryOptions {
  /** Attempts after the first one failed (so at most `retries + 1` attempts per delivery). */
  retries: number;
  /** Delays between attempts, computed like the transport's redelivery backoff. */
  backoff?: BackoffOptions;
  /**
   * Whether an error is worth another attempt. Default: every error except a `RuleViolationError`
   * and a permanent one (`isPermanent`), which fail the same way every time.
   */
  shouldRetry?: (error: unknown) => boolean;
}

const worthRetrying = (error: unknown): boolean => !(error instanceof RuleViolationError || isPermanent(error));

/**
 * Retries the rest of the chain in process before the delivery fails, so a brief hiccup costs
 * milliseconds instead of a transport redelivery. When the retries are spent the last error is
 * rethrown and the transport's own redelivery and dead-lettering take over.
 *
 * Stops early, rethrowing the last error, once `ctx.signal` is aborted (timeout or router stop).
 * Put it outside `inbox` so that each attempt runs in a fresh transaction.
 */
export const retry =
  (options: RetryOptions): Middleware =>
  (next) =>
  async (ctx) => {
    const shouldRetry = options.shouldRetry ?? worthRetrying;
    for (let attempt = 1; ; attempt++) {
      try {
        await next(ctx);
        return;
      } catch (error) {
        if (attempt > options.retries || ctx.signal.aborted || !shouldRetry(error)) throw error;
        try {
          await sleep(backoffDelay(attempt, options.backoff), undefined, { signal: ctx.signal });
        } catch {
          throw error;
        }
      }
    }
  };
