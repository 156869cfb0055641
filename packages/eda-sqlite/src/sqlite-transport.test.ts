import BetterSqlite3 from 'better-sqlite3';
import { createEvent, MessageRegistry } from '@mallbots/eda';
import { expectReplayToWakeTheConsumer, runTransportConformance, waitUntil, type TransportHarness, type TransportFactoryOptions } from '@mallbots/eda/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSqliteBackend, type SqliteBackend } from './sqlite-backend.js';
import { tempDir } from './test-support.js';

runTransportConformance(
  'sqlite',
  async ({ registry }: { registry?: MessageRegistry }): Promise<TransportHarness> => {
    const dir = tempDir();
    const file = dir.file();
    let backend = createSqliteBackend({ file, registry });
    let closed = false;
    const harness: TransportHarness = {
      transport: backend.transport,
      async reopen(reopened?: TransportFactoryOptions) {
        // A restart: drain and close everything, then open the same file again (maybe as a newer build).
        await backend.close();
        backend = createSqliteBackend({ file, registry: reopened ? reopened.registry : registry });
        harness.transport = backend.transport;
        return backend.transport;
      },
      async close() {
        if (closed) return;
        closed = true;
        await backend.close();
        dir.cleanup();
      },
    };
    return harness;
  },
  { queues: true, retention: true, deadLetters: true, persistent: true, startFromPosition: true, registryValidation: true, upcasting: true },
);

describe('sqlite transport wake-up', () => {
  let dir: ReturnType<typeof tempDir>;
  let backend: SqliteBackend;
  beforeEach(() => {
    dir = tempDir();
    // A poll this slow never fires during the test: delivery must come from the commit itself.
    backend = createSqliteBackend({ file: dir.file(), transport: { fallbackPollMs: 3_600_000 } });
  });
  afterEach(async () => {
    await backend.close();
    dir.cleanup();
  });

  it('wakes a consumer on the commit of an outbox transaction, without polling', async () => {
    const received: string[] = [];
    await backend.transport.subscribe('orders', async (message) => void received.push(message.id), { group: 'g', startFrom: 'beginning' });
    const message = createEvent('OrderCreated', { id: 'o1' });
    await backend.storage.transaction(async (tx) => {
      await tx.events.append('order-o1', [{ type: 'OrderCreated', data: { id: 'o1' } }]);
      await tx.outbox.add([{ topic: 'orders', message, key: 'order-o1' }]);
    });
    await waitUntil('the outbox message', () => received.includes(message.id), 2000);
  });

  it('wakes a consumer on a direct publish and on a dead-letter replay, without polling', async () => {
    await expectReplayToWakeTheConsumer(backend.transport);
  });
});

describe('sqlite schema versions of log records', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.cleanup());

  type Named = { name: string; nickname?: string };
  /** `test.Named` at `version`: 2 adds `nickname`, 3 adds `shout`. */
  const named = (version: 2 | 3) =>
    new MessageRegistry().register({
      type: 'test.Named',
      version,
      schema:
        version === 2
          ? z.object({ name: z.string(), nickname: z.string() })
          : z.object({ name: z.string(), nickname: z.string(), shout: z.string() }),
      upcasters: {
        1: (data) => ({ ...(data as Named), nickname: (data as Named).name.toLowerCase() }),
        2: (data) => ({ ...(data as Named), shout: (data as Named).name.toUpperCase() }),
      },
    });

  const deliveredData = async (backend: SqliteBackend, topic: string): Promise<unknown[]> => {
    const received: unknown[] = [];
    await backend.transport.subscribe(topic, async (message) => void received.push(message.data), { group: 'reader', startFrom: 'beginning' });
    await waitUntil('a delivery', () => received.length > 0, 2000);
    return received;
  };

  it('stores the version an outbox message was encoded with, so a newer build upcasts from there', async () => {
    const file = dir.file();
    const writer = createSqliteBackend({ file, registry: named(2) });
    await writer.storage.transaction((tx) => tx.outbox.add([{ topic: 'people', message: createEvent('test.Named', { name: 'Ada', nickname: 'Addy' }) }]));
    await writer.close();

    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.prepare('SELECT schema_version FROM log_records').pluck().all()).toEqual([2]);
    raw.close();

    const reader = createSqliteBackend({ file, registry: named(3) });
    try {
      // Upcast from 2 only: from 1, the nickname would have been recomputed as 'ada'.
      expect(await deliveredData(reader, 'people')).toEqual([{ name: 'Ada', nickname: 'Addy', shout: 'ADA' }]);
    } finally {
      await reader.close();
    }
  });
});
