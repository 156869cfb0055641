import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createLogTransport } from '../log/log-transport.js';
import { createEvent } from '../message.js';
import { MessageRegistry } from '../registry.js';
import { runTransportConformance, waitUntil } from '../testing/transport-conformance.js';
import { createMemoryBackend } from './index.js';
import { createMemoryMessageLog } from './memory-message-log.js';

runTransportConformance(
  'memory log',
  async ({ registry }) => {
    // The log outlives the transport, so a new transport over it is a restart of the process.
    const log = createMemoryMessageLog();
    let transport = createLogTransport(log, { registry });
    return {
      transport,
      close: () => transport.close(),
      reopen: async (reopened) => {
        await transport.close();
        transport = createLogTransport(log, { registry: reopened ? reopened.registry : registry });
        return transport;
      },
    };
  },
  { queues: true, retention: true, deadLetters: true, persistent: true, startFromPosition: true, registryValidation: true, upcasting: true },
);

describe('createMemoryMessageLog', () => {
  const event = (n: number) => createEvent('test.Numbered', { n });

  it('numbers records globally across topics in append order and reads per topic', async () => {
    const log = createMemoryMessageLog();
    expect(await log.append([{ topic: 'a', key: 'k', message: event(1) }, { topic: 'b', key: 'k', message: event(2) }])).toEqual([1, 2]);
    expect(await log.append([{ topic: 'a', key: 'k', message: event(3) }])).toEqual([3]);
    expect((await log.read('a', 0, 10)).map((r) => r.position)).toEqual([1, 3]);
    expect((await log.read('a', 1, 10)).map((r) => r.position)).toEqual([3]);
    expect((await log.read('a', 0, 1)).map((r) => r.position)).toEqual([1]);
    expect(await log.lastPosition('a')).toBe(3);
    expect(await log.lastPosition('none')).toBe(0);
  });

  it('calls onAppend listeners once per topic after the records are readable', async () => {
    const log = createMemoryMessageLog();
    const seen: [string, number][] = [];
    log.onAppend((topic) => void log.read(topic, 0, 10).then((records) => seen.push([topic, records.length])));
    await log.append([{ topic: 'a', key: 'k', message: event(1) }, { topic: 'a', key: 'k', message: event(2) }]);
    await Promise.resolve();
    expect(seen).toEqual([['a', 2]]);
  });

  it('stores and resolves an append whose listener throws, reports the error, and still wakes the others', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const log = createMemoryMessageLog();
      const boom = new Error('listener down');
      const woken: string[] = [];
      log.onAppend(() => {
        throw boom;
      });
      log.onAppend((topic) => woken.push(topic));
      // Rejecting here would invite a retry that appends the stored records a second time.
      await expect(log.append([{ topic: 'a', key: 'k', message: event(1) }])).resolves.toEqual([1]);
      expect(await log.read('a', 0, 10)).toHaveLength(1);
      expect(woken).toEqual(['a']);
      expect(consoleError).toHaveBeenCalledWith(expect.any(String), boom);
    } finally {
      consoleError.mockRestore();
    }
  });

  it('keeps its own JSON copy of a message', async () => {
    const log = createMemoryMessageLog();
    const data = { n: 1, at: new Date(0) };
    await log.append([{ topic: 'a', key: 'k', message: createEvent('test.Dated', data) }]);
    data.n = 2;
    const [record] = await log.read('a', 0, 1);
    expect(record!.message.data).toEqual({ n: 1, at: new Date(0).toISOString() });
  });

  it('trims by count and by age, and removes records', async () => {
    let now = new Date(0);
    const log = createMemoryMessageLog({ now: () => now });
    await log.append([1, 2, 3].map((n) => ({ topic: 'a', key: 'k', message: event(n) })));
    now = new Date(10_000);
    await log.append([4, 5, 6].map((n) => ({ topic: 'a', key: 'k', message: event(n) })));
    expect(await log.trim('a', { maxCount: 5 }, now)).toBe(1);
    expect(await log.trim('a', { maxAgeMs: 5_000 }, now)).toBe(2);
    await log.remove('a', [5]);
    expect((await log.read('a', 0, 10)).map((r) => r.position)).toEqual([4, 6]);
  });

  it('upserts a dead letter per group, topic and message; a replay request only flags it', async () => {
    const log = createMemoryMessageLog();
    const message = event(1);
    const letter = { group: 'g', topic: 't', key: 'k', position: 1, message, error: 'first', attempts: 3, parkedAt: new Date() };
    const id = await log.park(letter);
    const woken: string[] = [];
    log.onAppend((topic) => woken.push(topic));
    await log.setReplaying(id, true);
    // The transport asks its consumer for the replay itself; an append listener has nothing to do.
    expect(woken).toEqual([]);
    expect(await log.getDeadLetter(id)).toMatchObject({ id, replaying: true });
    expect(await log.park({ ...letter, error: 'second' })).toBe(id);
    expect(await log.listDeadLetters({ group: 'g' })).toMatchObject([{ id, error: 'second', replaying: false }]);
    expect(await log.listDeadLetters({ group: 'other' })).toEqual([]);
    await log.deleteDeadLetter(id);
    expect(await log.getDeadLetter(id)).toBeUndefined();
  });

  it('keeps the schema version of records and dead letters, 1 when not given', async () => {
    const log = createMemoryMessageLog();
    await log.append([{ topic: 'a', key: 'k', message: event(1) }, { topic: 'a', key: 'k', message: event(2), schemaVersion: 3 }]);
    expect((await log.read('a', 0, 10)).map((r) => r.schemaVersion)).toEqual([1, 3]);
    const letter = { group: 'g', topic: 'a', key: 'k', position: 2, message: event(2), error: 'e', attempts: 1, parkedAt: new Date() };
    const id = await log.park({ ...letter, schemaVersion: 3 });
    expect(await log.getDeadLetter(id)).toMatchObject({ id, schemaVersion: 3 });
    await log.park({ ...letter, message: event(3) });
    expect((await log.listDeadLetters()).map((l) => l.schemaVersion)).toEqual([3, 1]);
  });

  it('saves group state as a copy', async () => {
    const log = createMemoryMessageLog();
    const state = { cursor: 3, done: [5] };
    await log.saveGroup('g', 't', state);
    state.done.push(7);
    expect(await log.loadGroup('g', 't')).toEqual({ cursor: 3, done: [5] });
    expect(await log.loadGroup('g', 'other')).toBeUndefined();
  });
});

describe('createMemoryBackend', () => {
  it('appends outbox messages to the log with the schema version they were encoded with, and delivers them', async () => {
    const registry = new MessageRegistry().register({
      type: 'test.Named',
      version: 2,
      schema: z.object({ name: z.string(), nickname: z.string() }),
      upcasters: { 1: (data) => ({ ...(data as { name: string }), nickname: (data as { name: string }).name.toLowerCase() }) },
    });
    const backend = createMemoryBackend({ registry });
    try {
      const received: unknown[] = [];
      await backend.transport.subscribe('people', async (message) => void received.push(message.data), { group: 'g', startFrom: 'beginning' });
      await backend.storage.transaction((tx) => tx.outbox.add([{ topic: 'people', message: createEvent('test.Named', { name: 'Ada', nickname: 'Addy' }) }]));
      const [record] = await backend.log.read('people', 0, 10);
      // Stored at version 2: delivery must not run the 1 -> 2 upcaster over it again.
      expect(record!.schemaVersion).toBe(2);
      await waitUntil('the outbox message', () => received.length === 1);
      expect(received).toEqual([{ name: 'Ada', nickname: 'Addy' }]);
    } finally {
      await backend.close();
    }
  });
});
