import { createEvent, MessageRegistry } from '@mallbots/eda';
import { expectReplayToWakeTheConsumer, runTransportConformance, waitUntil, type TransportFactoryOptions, type TransportHarness } from '@mallbots/eda/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createPostgresBackend, type PostgresBackend, type PostgresBackendOptions } from './postgres-backend.js';
import { freshSchema, useTestDatabase } from './test-support.js';

const db = useTestDatabase();

runTransportConformance(
  'postgres',
  async ({ registry }: { registry?: MessageRegistry }): Promise<TransportHarness> => {
    const schema = freshSchema();
    const open = async (withRegistry: MessageRegistry | undefined) => {
      const opened = createPostgresBackend({ connectionString: db.url, schema, registry: withRegistry });
      await opened.migrate();
      return opened;
    };
    let backend = await open(registry);
    let closed = false;
    const harness: TransportHarness = {
      transport: backend.transport,
      async reopen(reopened?: TransportFactoryOptions) {
        // A restart: drain and close everything, then open the same schema again (maybe as a newer build).
        await backend.close();
        backend = await open(reopened ? reopened.registry : registry);
        harness.transport = backend.transport;
        return backend.transport;
      },
      async close() {
        if (closed) return;
        closed = true;
        await backend.close();
      },
    };
    return harness;
  },
  { queues: true, retention: true, deadLetters: true, persistent: true, startFromPosition: true, registryValidation: true, upcasting: true },
);

describe('postgres transport wake-up', () => {
  const backends: PostgresBackend[] = [];
  /** A poll this slow never fires during a test: delivery must come from the commit itself. */
  const open = async (schema: string, options: Pick<PostgresBackendOptions, 'now'> = {}) => {
    const backend = createPostgresBackend({ connectionString: db.url, schema, transport: { fallbackPollMs: 3_600_000 }, ...options });
    backends.push(backend);
    await backend.migrate();
    return backend;
  };
  afterEach(async () => {
    await Promise.all(backends.splice(0).map((backend) => backend.close()));
  });

  it('wakes a consumer on the commit of an outbox transaction, without polling', async () => {
    const backend = await open(freshSchema());
    const received: string[] = [];
    await backend.transport.subscribe('orders', async (message) => void received.push(message.id), { group: 'g', startFrom: 'beginning' });
    const message = createEvent('OrderCreated', { id: 'o1' });
    await backend.storage.transaction(async (tx) => {
      await tx.events.append('order-o1', [{ type: 'OrderCreated', data: { id: 'o1' } }]);
      await tx.outbox.add([{ topic: 'orders', message, key: 'order-o1' }]);
    });
    await waitUntil('the outbox message', () => received.includes(message.id), 2000);
  });

  it('wakes a consumer on commits of another process (outbox and publish), without polling', async () => {
    const schema = freshSchema();
    const [consumer, producer] = [await open(schema), await open(schema)];
    const received: string[] = [];
    await consumer.transport.subscribe(['orders', 'payments'], async (message) => void received.push(message.id), {
      group: 'g',
      startFrom: 'end',
    });
    const viaOutbox = createEvent('OrderCreated', { id: 'o1' });
    await producer.storage.transaction(async (tx) => tx.outbox.add([{ topic: 'orders', message: viaOutbox }]));
    await waitUntil('the outbox message of the other process', () => received.includes(viaOutbox.id), 2000);
    const viaPublish = createEvent('PaymentTaken', { id: 'p1' });
    await producer.transport.publish([{ topic: 'payments', message: viaPublish }]);
    await waitUntil('the message published by the other process', () => received.includes(viaPublish.id), 2000);
    expect(received).toEqual([viaOutbox.id, viaPublish.id]);
  });

  it('wakes a consumer on a dead-letter replay, without polling', async () => {
    const backend = await open(freshSchema());
    await expectReplayToWakeTheConsumer(backend.transport);
  });

  it('stamps outbox records, log records and dead letters with its one clock', async () => {
    const clock = new Date('2020-02-02T00:00:00Z');
    const backend = await open(freshSchema(), { now: () => clock });
    await backend.storage.transaction((tx) => tx.outbox.add([{ topic: 'from-outbox', message: createEvent('T', { n: 1 }) }]));
    await backend.log.append([{ topic: 'from-log', key: 'k', message: createEvent('T', { n: 2 }) }]);
    await backend.transport.subscribe(
      'from-log',
      async () => {
        throw new Error('poison');
      },
      { group: 'g', maxAttempts: 1 },
    );
    await waitUntil('the dead letter', async () => (await backend.transport.deadLetters.list()).length === 1, 2000);
    expect((await backend.log.read('from-outbox', 0, 10)).map((r) => r.appendedAt)).toEqual([clock]);
    expect((await backend.log.read('from-log', 0, 10)).map((r) => r.appendedAt)).toEqual([clock]);
    expect((await backend.transport.deadLetters.list()).map((l) => l.parkedAt)).toEqual([clock]);
  });
});

describe('postgres schema versions of log records', () => {
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

  it('stores the version an outbox message was encoded with, so a newer build upcasts from there', async () => {
    const schema = freshSchema();
    const writer = createPostgresBackend({ connectionString: db.url, schema, registry: named(2) });
    await writer.storage.transaction((tx) => tx.outbox.add([{ topic: 'people', message: createEvent('test.Named', { name: 'Ada', nickname: 'Addy' }) }]));
    await writer.close();
    expect((await db.admin.query(`SELECT schema_version FROM ${schema}.log_records`)).rows).toEqual([{ schema_version: 2 }]);

    const reader = createPostgresBackend({ connectionString: db.url, schema, registry: named(3) });
    try {
      const received: unknown[] = [];
      await reader.transport.subscribe('people', async (message) => void received.push(message.data), { group: 'reader', startFrom: 'beginning' });
      await waitUntil('a delivery', () => received.length > 0, 2000);
      // Upcast from 2 only: from 1, the nickname would have been recomputed as 'ada'.
      expect(received).toEqual([{ name: 'Ada', nickname: 'Addy', shout: 'ADA' }]);
    } finally {
      await reader.close();
    }
  });
});
