import { createEvent, type MessageRegistry } from '@mallbots/eda';
import { runTransportConformance, waitUntil, type TransportHarness } from '@mallbots/eda/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
      async reopen() {
        // A restart: drain and close everything, then open the same file again.
        await backend.close();
        backend = createSqliteBackend({ file, registry });
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
  { queues: true, retention: true, deadLetters: true, persistent: true, startFromPosition: true, registryValidation: true },
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
    let failing = true;
    const deliveries: { id: string; replayOf?: string }[] = [];
    await backend.transport.subscribe(
      'jobs',
      async (message, delivery) => {
        deliveries.push({ id: message.id, replayOf: delivery.replayOf });
        if (failing) throw new Error('down');
      },
      { group: 'workers', startFrom: 'beginning', maxAttempts: 1 },
    );
    const job = createEvent('Job', { n: 1 });
    await backend.transport.publish([{ topic: 'jobs', message: job }]);
    await waitUntil('the dead letter', async () => (await backend.transport.deadLetters.list()).length === 1, 2000);
    const [letter] = await backend.transport.deadLetters.list();
    failing = false;
    await backend.transport.deadLetters.replay(letter!.id);
    await waitUntil('the replay', () => deliveries.some((d) => d.replayOf === letter!.id), 2000);
    expect(deliveries.map((d) => d.id)).toEqual([job.id, job.id]);
  });
});
