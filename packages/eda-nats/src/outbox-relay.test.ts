import { createEvent, MessageRegistry, type Message, type OutgoingMessage, type Transport } from '@mallbots/eda';
import { createMemoryBackend, createMemoryMessageLog } from '@mallbots/eda/memory';
import { waitUntil } from '@mallbots/eda/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createOutboxRelay } from './outbox-relay.js';

/** A target that refuses the first `failures` publishes, then records what it gets. */
const flakyTarget = (failures: number) => {
  const published: OutgoingMessage[] = [];
  let calls = 0;
  const target: Transport = {
    async publish(messages) {
      calls++;
      if (calls <= failures) throw new Error(`target down (call ${calls})`);
      published.push(...messages);
    },
    declare: async () => undefined,
    subscribe: async () => ({ close: async () => undefined }),
    deadLetters: { list: async () => [], replay: async () => undefined, discard: async () => undefined },
    close: async () => undefined,
  };
  return { target, published, calls: () => calls };
};

const numbered = (topic: string, count: number, key = 'k') =>
  Array.from({ length: count }, (_, n) => ({ topic, key, message: createEvent('test.Numbered', { n }) }));

describe('outbox relay (any target)', () => {
  it('retries a refused publish with backoff and relays in order, saving progress only after success', async () => {
    const log = createMemoryMessageLog();
    const { target, published, calls } = flakyTarget(3);
    const errors: string[] = [];
    const records = numbered('orders', 7);
    await log.append(records);
    const relay = createOutboxRelay({ log, target, topics: ['orders'], batchSize: 3, backoff: { initialMs: 1, maxMs: 5 }, onError: (_e, context) => errors.push(context) });
    try {
      await waitUntil('all records relayed', () => published.length === 7);
      expect(published.map((p) => p.message.id)).toEqual(records.map((r) => r.message.id));
      expect(calls()).toBe(3 + 3);
      expect(errors).toEqual(['relaying orders (attempt 1)', 'relaying orders (attempt 2)', 'relaying orders (attempt 3)']);
      await relay.idle();
      expect(await log.loadGroup('outbox-relay', 'orders')).toEqual({ cursor: await log.lastPosition('orders'), done: [] });
    } finally {
      await relay.close();
    }
  });

  it('learns a topic from an append and resumes from its saved progress', async () => {
    const log = createMemoryMessageLog();
    const { target, published } = flakyTarget(0);
    const first = createOutboxRelay({ log, target, fallbackPollMs: 3_600_000 });
    await log.append(numbered('payments', 2));
    await waitUntil('the appended topic relayed', () => published.length === 2);
    await first.close();

    await log.append(numbered('payments', 1, 'later'));
    const second = createOutboxRelay({ log, target, topics: ['payments'] });
    try {
      await waitUntil('the backlog', () => published.length === 3);
      await second.idle();
      expect(published.map((p) => p.key)).toEqual(['k', 'k', 'later']);
    } finally {
      await second.close();
    }
  });

  it('publishes on while its progress is being saved, and saves the newest progress last', async () => {
    const log = createMemoryMessageLog();
    let release!: () => void;
    const firstSave = new Promise<void>((resolve) => (release = resolve));
    const saved: number[] = [];
    const slowLog = new Proxy(log, {
      get(target, property, receiver) {
        if (property === 'saveGroup') {
          return async (group: string, topic: string, state: { cursor: number; done: number[] }) => {
            if (saved.length === 0) await firstSave;
            saved.push(state.cursor);
            await target.saveGroup(group, topic, state);
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const { target, published } = flakyTarget(0);
    await log.append(numbered('orders', 6));
    const relay = createOutboxRelay({ log: slowLog, target, topics: ['orders'], batchSize: 2 });
    try {
      // Three batches published while the save of the first one still waits.
      await waitUntil('every batch published', () => published.length === 6);
      expect(saved).toEqual([]);
      release();
      await relay.idle();
      const last = await log.lastPosition('orders');
      // The saves in between were skipped for the newest one.
      expect(saved.at(-1)).toBe(last);
      expect(saved.length).toBeLessThan(3);
      expect(await log.loadGroup('outbox-relay', 'orders')).toEqual({ cursor: last, done: [] });
    } finally {
      await relay.close();
    }
  });

  it('upcasts records stored under an older schema version for a target that validates', async () => {
    const v2 = new MessageRegistry().register({
      type: 'test.Named',
      version: 2,
      schema: z.object({ name: z.string(), nickname: z.string() }),
      upcasters: { 1: (data) => ({ ...(data as { name: string }), nickname: (data as { name: string }).name.toLowerCase() }) },
    });
    const log = createMemoryMessageLog();
    await log.append([{ topic: 'people', key: 'p', message: createEvent('test.Named', { name: 'Ada' }), schemaVersion: 1 }]);
    const target = createMemoryBackend({ registry: v2 });
    const received: Message[] = [];
    await target.transport.subscribe('people', async (message) => void received.push(message), { group: 'g' });
    const relay = createOutboxRelay({ log, target: target.transport, topics: ['people'], registry: v2 });
    try {
      await waitUntil('the upcast record', () => received.length === 1);
      expect(received[0]!.data).toEqual({ name: 'Ada', nickname: 'ada' });
    } finally {
      await relay.close();
      await target.close();
    }
  });
});
