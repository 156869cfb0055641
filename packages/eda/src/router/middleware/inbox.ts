import type { Storage } from '../../storage.js';
import type { Middleware } from '../types.js';

/**
 * Exactly-once effect: runs the rest of the chain inside `storage.transaction` and records the
 * message id in the inbox of `consumer` (default: the handler's name) in that transaction. A
 * message already recorded is acked without running the handler. `ctx.unit` is the transaction,
 * so the handler's writes, the messages it sends and the inbox record commit or roll back together.
 *
 * The handler must do all of its effects through `ctx.unit`; anything else (an e-mail, an HTTP
 * call) can still happen twice.
 */
export const inbox =
  (storage: Storage, consumer?: string): Middleware =>
  (next) =>
  (ctx) =>
    storage.transaction(async (tx) => {
      if (!(await tx.inbox.record(consumer ?? ctx.handler, ctx.message.id))) return;
      await next(ctx.with({ unit: tx }));
    });
