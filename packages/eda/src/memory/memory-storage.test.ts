import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MessageRegistry } from '../registry.js';
import type { OutgoingMessage, StorageUnit } from '../storage.js';
import { runEventStoreConformance, type ConformanceHandle } from '../testing/event-store-conformance.js';
import { createMemoryStorage, type MemoryStorage } from './memory-storage.js';

const handle = (storage: MemoryStorage, published: OutgoingMessage[]): ConformanceHandle => ({
  storage,
  published: async () => [...published],
  reopen: async ({ registry }) => {
    const viewPublished: OutgoingMessage[] = [];
    return handle(storage.view({ registry, publish: async (m) => void viewPublished.push(...m) }), viewPublished);
  },
  close: () => storage.close(),
});

runEventStoreConformance('memory', async ({ registry }) => {
  const published: OutgoingMessage[] = [];
  return handle(createMemoryStorage({ registry, publish: async (m) => void published.push(...m) }), published);
});

describe('memory storage', () => {
  it('refuses a write through the storage from inside its own transaction instead of deadlocking', async () => {
    const storage = createMemoryStorage();
    await expect(
      storage.transaction(async () => {
        await storage.events.append('s', [{ type: 'test.A', data: 1 }]);
      }),
    ).rejects.toThrow(/deadlock/);
  });

  it('refuses a tx used after its transaction ended', async () => {
    const storage = createMemoryStorage();
    let leaked: StorageUnit | undefined;
    await storage.transaction(async (tx) => {
      leaked = tx;
    });
    await expect(leaked!.events.append('s', [{ type: 'test.A', data: 1 }])).rejects.toThrow(/transaction is over/);
  });

  it('stores values as JSON, like a database', async () => {
    const storage = createMemoryStorage();
    await storage.events.append('s', [{ type: 'test.A', data: { at: new Date(0), gone: undefined } }]);
    const [event] = await storage.events.readStream('s');
    expect(event!.data).toEqual({ at: '1970-01-01T00:00:00.000Z' });
  });

  it('keeps the newer snapshot when an older one is saved later', async () => {
    const storage = createMemoryStorage();
    await storage.snapshots.save({ streamId: 's', name: 'n', version: 5, state: 5 });
    await storage.snapshots.save({ streamId: 's', name: 'n', version: 3, state: 3 });
    expect(await storage.snapshots.load('s', 'n')).toMatchObject({ version: 5, state: 5 });
  });

  it('refuses outbox messages when no publish sink was given', async () => {
    const storage = createMemoryStorage();
    const message = { topic: 't', message: { id: '1', type: 'x', data: {}, metadata: { correlationId: '1', causationId: '1' }, occurredAt: new Date() } };
    await expect(storage.outbox.add([message])).rejects.toThrow(/publish sink/);
    await expect(storage.transaction((tx) => tx.outbox.add([message]))).rejects.toThrow(/publish sink/);
  });

  it('reports a failed publish after the commit it belongs to', async () => {
    const storage = createMemoryStorage({
      publish: async () => {
        throw new Error('broker down');
      },
    });
    const message = { topic: 't', message: { id: '1', type: 'x', data: {}, metadata: { correlationId: '1', causationId: '1' }, occurredAt: new Date() } };
    await expect(
      storage.transaction(async (tx) => {
        await tx.events.append('s', [{ type: 'test.A', data: 1 }]);
        await tx.outbox.add([message]);
      }),
    ).rejects.toThrow('broker down');
    expect(await storage.events.streamVersion('s')).toBe(1);
  });

  it('shares data between views, each with its own registry', async () => {
    const registry = new MessageRegistry().register({ type: 'test.A', schema: z.number() });
    const storage = createMemoryStorage();
    const strict = storage.view({ registry });
    await storage.events.append('s', [{ type: 'test.A', data: 'not a number' }]);
    await expect(strict.events.readStream('s')).rejects.toThrow(/test.A/);
    await strict.events.append('s', [{ type: 'test.A', data: 2 }]);
    expect(await storage.events.streamVersion('s')).toBe(2);
  });
});
