import type { Middleware } from '../types.js';

/** A handler that ran past its `timeout`. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(
    readonly handler: string,
    readonly ms: number,
  ) {
    super(`handler "${handler}" timed out after ${ms} ms`);
  }
}

/**
 * Fails the rest of the chain with a `TimeoutError` after `ms` and aborts `ctx.signal` with it.
 * The signal the rest of the chain gets is also aborted, with the same reason, when the incoming
 * `ctx.signal` is (the router stopping): at once if it already is.
 *
 * Warning: JavaScript cannot stop a running function. The delivery fails at the deadline, but the
 * handler keeps running until it notices `ctx.signal` (pass it to fetch, database calls, sleeps).
 * Put `timeout` outside `inbox`: a transaction that still commits after the deadline is then
 * harmless, because the redelivery finds the inbox record and skips.
 */
export const timeout =
  (ms: number): Middleware =>
  (next) =>
  async (ctx) => {
    const controller = new AbortController();
    // A listener removed when the handling ends, not `AbortSignal.any`: the incoming signal lives
    // as long as the router, and on Node 20 every `any` over it stays reachable from it, so each
    // delivery would leak one signal (nodejs/node#55351).
    const onAbort = (): void => controller.abort(ctx.signal.reason);
    if (ctx.signal.aborted) onAbort();
    else ctx.signal.addEventListener('abort', onAbort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        const error = new TimeoutError(ctx.handler, ms);
        controller.abort(error);
        reject(error);
      }, ms);
    });
    try {
      await Promise.race([next(ctx.with({ signal: controller.signal })), expired]);
    } finally {
      clearTimeout(timer);
      ctx.signal.removeEventListener('abort', onAbort);
    }
  };
