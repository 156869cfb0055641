import type { Storage, StorageUnit } from '../../storage.js';
import type { Handler, HandlerContext, Middleware } from '../types.js';

/**
 * Exactly-once effect for one handler: runs `handler` inside `storage.transaction` after recording
 * the message id in the inbox of `consumer` (default: the handler's name) in that transaction. A
 * message already recorded is acked without running the handler. The handler gets the adapter's
 * own transaction (`SqliteTx` with its `db`, say) and `ctx.unit` is that transaction too, so its
 * writes, the messages it sends and the inbox record commit or roll back together.
 *
 * The handler must do all of its effects through the transaction; anything else (an e-mail, an
 * HTTP call) can still happen twice.
 */
export const inboxHandler =
  <Tx extends StorageUnit>(
    storage: Storage<Tx>,
    handler: (ctx: HandlerContext, tx: Tx) => Promise<void>,
    consumer?: string,
  ): Handler =>
  (ctx) =>
    storage.transaction(async (tx) => {
      if (!(await tx.inbox.record(consumer ?? ctx.handler, ctx.message.id))) return;
      await handler(ctx.with({ unit: tx }), tx);
    });

/** `inboxHandler` as middleware, for chains whose handlers need only `ctx.unit`. */
export const inbox =
  <Tx extends StorageUnit>(storage: Storage<Tx>, consumer?: string): Middleware =>
  (next) =>
    inboxHandler(storage, (ctx) => next(ctx), consumer);
