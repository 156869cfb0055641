import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEvent, type Message } from '../../message.js';
import { createMemoryBackend, createMemoryStorage } from '../../memory/index.js';
import type { Storage } from '../../storage.js';
import { handlerContextFor } from '../context.js';
import { createRouter, type Router } from '../router.js';
import type { HandlerContext } from '../types.js';
import { batchedInbox, batchedInboxHandler, bulkInboxHandler } from './batched-inbox.js';

/** A memory storage that counts the transactions it opens. */
const countingStorage = () => {
  const storage = createMemoryStorage();
  const counted = { transactions: 0 };
  const wrapped: Storage = {
    ...storage,
    transaction: (work) => {
      counted.transactions++;
      return storage.transaction(work);
    },
  };
  return { storage: wrapped, counted };
};

const contextOf = (message: Message): HandlerContext => handlerContextFor(message, { handler: 'deposits' });

/** The effect of a handled message: one event in a stream of its own. */
const effectsOf = async (storage: Storage, message: Message) => storage.events.readStream(`effect-${message.id}`);

const recordEffect = async (ctx: HandlerContext) => {
  await ctx.unit.events.append(`effect-${ctx.message.id}`, [{ type: 'test.Effect', data: {} }]);
};

describe('batchedInboxHandler', () => {
  it('handles the messages delivered together in one transaction, and acks none before its commit', async () => {
    const { storage, counted } = countingStorage();
    const messages = [1, 2, 3].map((n) => createEvent('test.Deposited', { n }));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handled: number[] = [];
    const handle = batchedInboxHandler(storage, async (ctx) => {
      await recordEffect(ctx);
      handled.push((ctx.message.data as { n: number }).n);
      if (handled.length === 3) await gate;
    });

    const settled: number[] = [];
    const handlings = messages.map((message, index) => handle(contextOf(message)).then(() => void settled.push(index)));
    await vi.waitFor(() => expect(handled).toEqual([1, 2, 3]));
    // The last message holds the transaction open: nothing is acked yet, nothing is visible.
    expect(settled).toEqual([]);
    expect(await effectsOf(storage, messages[0]!)).toEqual([]);
    release();
    await Promise.all(handlings);

    expect(counted.transactions).toBe(1);
    for (const message of messages) {
      expect(await effectsOf(storage, message)).toHaveLength(1);
      expect(await storage.inbox.has('deposits', message.id)).toBe(true);
    }
  });

  it('gives a message delivered twice in one batch, and again in a later one, one effect', async () => {
    const { storage, counted } = countingStorage();
    const [twice, other] = [createEvent('test.Deposited', { n: 1 }), createEvent('test.Deposited', { n: 2 })];
    const runs: string[] = [];
    const handle = batchedInboxHandler(storage, async (ctx) => {
      runs.push(ctx.message.id);
      await recordEffect(ctx);
    });

    await Promise.all([handle(contextOf(twice)), handle(contextOf(other)), handle(contextOf(twice))]);
    await handle(contextOf(twice));

    expect(counted.transactions).toBe(2);
    expect(runs).toEqual([twice.id, other.id]);
    expect(await effectsOf(storage, twice)).toHaveLength(1);
    expect(await effectsOf(storage, other)).toHaveLength(1);
  });

  it('fails only the failing message of a batch: the others commit once, the failing one leaves nothing', async () => {
    const { storage } = countingStorage();
    const messages = [1, 2, 3].map((n) => createEvent('test.Deposited', { n }));
    const poison = messages[1]!;
    const handle = batchedInboxHandler(storage, async (ctx) => {
      await recordEffect(ctx);
      if (ctx.message.id === poison.id) throw new Error('poison');
    });

    const outcomes = await Promise.allSettled(messages.map((message) => handle(contextOf(message))));

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error('poison'));
    for (const message of [messages[0]!, messages[2]!]) {
      expect(await effectsOf(storage, message)).toHaveLength(1);
      expect(await storage.inbox.has('deposits', message.id)).toBe(true);
    }
    expect(await effectsOf(storage, poison)).toEqual([]);
    expect(await storage.inbox.has('deposits', poison.id)).toBe(false);
  });

  it('lets a message that failed in a batch succeed alone', async () => {
    const { storage } = countingStorage();
    const messages = [1, 2].map((n) => createEvent('test.Deposited', { n }));
    let failures = 1;
    const handle = batchedInboxHandler(storage, async (ctx) => {
      await recordEffect(ctx);
      if (ctx.message.id === messages[0]!.id && failures-- > 0) throw new Error('transient');
    });

    await Promise.all(messages.map((message) => handle(contextOf(message))));

    for (const message of messages) expect(await effectsOf(storage, message)).toHaveLength(1);
  });

  it('cuts batches at maxBatch', async () => {
    const { storage, counted } = countingStorage();
    const handle = batchedInboxHandler(storage, recordEffect, { maxBatch: 2, maxParallel: 3 });
    await Promise.all([1, 2, 3, 4, 5].map((n) => handle(contextOf(createEvent('test.Deposited', { n })))));
    expect(counted.transactions).toBe(3);
  });
});

describe('bulkInboxHandler', () => {
  it('hands the whole batch to the handler once, without the messages it handled before, in delivery order', async () => {
    const { storage } = countingStorage();
    const [seen, a, b] = [1, 2, 3].map((n) => createEvent('test.Deposited', { n }));
    const batches: number[][] = [];
    const handle = bulkInboxHandler(storage, async (batch, tx) => {
      batches.push(batch.map((ctx) => (ctx.message.data as { n: number }).n));
      // Each context writes through the batch's transaction.
      for (const ctx of batch) expect(ctx.unit).toBe(tx);
    });

    await handle(contextOf(seen!));
    await Promise.all([a!, seen!, b!, a!].map((message) => handle(contextOf(message))));

    expect(batches).toEqual([[1], [2, 3]]);
  });
});

describe('batchedInbox middleware', () => {
  const backend = createMemoryBackend();
  let router: Router | undefined;
  afterEach(async () => {
    await router?.stop();
    router = undefined;
  });

  it('keeps a redelivered message to one effect through a router', async () => {
    let handled = 0;
    router = createRouter({ transport: backend.transport, storage: backend.storage }).addHandler({
      name: 'batched',
      topics: 'batched.in',
      concurrency: 8,
      middleware: [
        (next) => async (ctx) => {
          await next(ctx);
          handled++;
        },
        batchedInbox(backend.storage),
      ],
      handler: async (ctx) => {
        await recordEffect(ctx);
        await ctx.send({ topic: 'batched.out', type: 'test.Sent', data: {} });
      },
    });
    await router.start();
    const message = createEvent('test.Once', {});
    await backend.transport.publish([
      { topic: 'batched.in', key: 'a', message },
      { topic: 'batched.in', key: 'b', message },
    ]);

    await vi.waitFor(() => expect(handled).toBe(2));
    expect(await backend.storage.inbox.has('batched', message.id)).toBe(true);
    expect(await effectsOf(backend.storage, message)).toHaveLength(1);
    expect(await backend.log.read('batched.out', 0, 10)).toHaveLength(1);
  });
});
