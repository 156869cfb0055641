import type { Storage, StorageUnit } from '../../storage.js';
import type { Handler, HandlerContext, Middleware } from '../types.js';

export interface BatchedInboxOptions {
  /** The inbox consumer (default: the handler's name). */
  consumer?: string;
  /** The most messages one transaction handles (default 100). */
  maxBatch?: number;
  /**
   * Batch transactions open at once (default 2): while they run, newly delivered messages gather
   * into the next batch. 1 makes the biggest batches; 2 lets one batch commit while the next runs.
   */
  maxParallel?: number;
}

/**
 * Handles the messages of one batch that are new to the inbox, in delivery order, each context's
 * `unit` being `tx`. Everything it writes through `tx` commits with their inbox records.
 */
export type BulkHandler<Tx extends StorageUnit> = (batch: HandlerContext[], tx: Tx) => Promise<void>;

interface Waiting {
  ctx: HandlerContext;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * The inbox for many messages per transaction: `inboxHandler`'s exactly-once effect at a fraction
 * of the commits, with a handler that takes the whole batch (one multi-row write for all of its
 * messages, say). Most handlers want `batchedInboxHandler`, which runs a per-message handler on
 * each message of the batch.
 *
 * The messages the transport delivers at once (up to the subscription's `concurrency`) gather
 * into a batch; one transaction records their ids in the inbox of `consumer` (one `recordAll`),
 * calls `handler` with those that were new, and commits once for all of them.
 *
 * Contract:
 * - Exactly-once effect, as `inboxHandler`: a message whose id is already recorded for the
 *   consumer, by an earlier batch or earlier in the same batch, is acked without being handed to
 *   the handler; the handler's writes through `tx` (and `ctx.unit`, and the messages it sends)
 *   commit or roll back with the batch's inbox records.
 * - A handling resolves (and the transport acks) only after the transaction holding its effects
 *   has committed.
 * - One failure never fails or holds up the others: when the handler throws or the commit fails,
 *   the batch rolls back and each of its messages runs again alone, all at once, each in a
 *   transaction of its own (the handler gets a batch of one). Each then succeeds or fails on its own, and only a failed
 *   one is retried or parked by the transport. So a message can be handled inside a rolled-back
 *   batch before the run that counts: effects outside the transaction can happen twice, as with
 *   any retry.
 * - Per-key order is the transport's: it never delivers two messages of one key at once, so a
 *   batch holds at most one message of a key, and the next one of that key comes after the commit.
 *
 * Batches need several deliveries at once: give the subscription (the router handler) a
 * `concurrency` of about the batch size you want. With a `concurrency` of 1 every message runs in
 * its own transaction, as with `inboxHandler`.
 *
 * Traps: the messages of a batch share one transaction, so one slow handling delays the commit of
 * all of them, and the locks it takes are held until that commit. A deadline (the `timeout`
 * middleware) outside this one may expire while its message waits for its batch: the message is
 * then nacked, and its redelivery is skipped if the batch committed.
 */
export const bulkInboxHandler = <Tx extends StorageUnit>(
  storage: Storage<Tx>,
  handler: BulkHandler<Tx>,
  options: BatchedInboxOptions = {},
): Handler => {
  const maxBatch = Math.max(1, Math.floor(options.maxBatch ?? 100));
  const maxParallel = Math.max(1, Math.floor(options.maxParallel ?? 2));
  const consumerOf = (ctx: HandlerContext) => options.consumer ?? ctx.handler;
  const waiting: Waiting[] = [];
  let scheduled = false;
  let running = 0;

  /** Records the batch's ids in the inbox (one `recordAll` per consumer): the contexts that were new. */
  const recordAll = async (tx: Tx, batch: Waiting[]): Promise<HandlerContext[]> => {
    const byConsumer = new Map<string, number[]>();
    for (const [index, { ctx }] of batch.entries()) {
      const consumer = consumerOf(ctx);
      const indexes = byConsumer.get(consumer);
      if (indexes) indexes.push(index);
      else byConsumer.set(consumer, [index]);
    }
    const fresh: boolean[] = [];
    for (const [consumer, indexes] of byConsumer) {
      const recorded = await tx.inbox.recordAll(consumer, indexes.map((index) => batch[index]!.ctx.message.id));
      for (const [i, index] of indexes.entries()) fresh[index] = recorded[i]!;
    }
    return batch.filter((_, index) => fresh[index]).map(({ ctx }) => ctx.with({ unit: tx }));
  };

  const runAlone = ({ ctx, resolve, reject }: Waiting): Promise<void> =>
    storage
      .transaction(async (tx) => {
        if (await tx.inbox.record(consumerOf(ctx), ctx.message.id)) await handler([ctx.with({ unit: tx })], tx);
      })
      .then(resolve, reject);

  const runBatch = async (batch: Waiting[]): Promise<void> => {
    try {
      await storage.transaction(async (tx) => {
        const fresh = await recordAll(tx, batch);
        if (fresh.length > 0) await handler(fresh, tx);
      });
    } catch {
      // Whichever message failed, it fails again alone, and the others commit without it.
      await Promise.all(batch.map(runAlone));
      return;
    }
    for (const { resolve } of batch) resolve();
  };

  const start = (): void => {
    while (waiting.length > 0 && running < maxParallel) {
      const batch = waiting.splice(0, maxBatch);
      running++;
      void (batch.length === 1 ? runAlone(batch[0]!) : runBatch(batch)).finally(() => {
        running--;
        start();
      });
    }
  };

  return (ctx) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ ctx, resolve, reject });
      if (scheduled) return;
      scheduled = true;
      // After the current turn of the event loop: deliveries that arrive together batch together.
      setImmediate(() => {
        scheduled = false;
        start();
      });
    });
};

/**
 * `inboxHandler` for many messages per transaction (see `bulkInboxHandler` for the batching and
 * its contract): `handler` runs once per new message of a batch, one message after the other in
 * delivery order, all in the batch's transaction. A drop-in for `inboxHandler` where commits are
 * the cost: N messages, one commit.
 *
 * Trap: a handler must read its own tables through `tx`, never through another connection: only
 * there does it see the writes of the messages before it in the batch.
 */
export const batchedInboxHandler = <Tx extends StorageUnit>(
  storage: Storage<Tx>,
  handler: (ctx: HandlerContext, tx: Tx) => Promise<void>,
  options?: BatchedInboxOptions,
): Handler =>
  bulkInboxHandler(
    storage,
    async (batch, tx) => {
      for (const ctx of batch) await handler(ctx, tx);
    },
    options,
  );

/** `batchedInboxHandler` as middleware, for chains whose handlers need only `ctx.unit`. */
export const batchedInbox =
  <Tx extends StorageUnit>(storage: Storage<Tx>, options?: BatchedInboxOptions): Middleware =>
  (next) =>
    batchedInboxHandler(storage, (ctx) => next(ctx), options);
