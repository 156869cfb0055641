import { createEvent, createRouter, inboxHandler, type OutgoingMessage } from '@mallbots/eda';
import { startTcpProxy, waitUntil, type TcpProxy } from '@mallbots/eda/testing';
import { createSqliteBackend } from '@mallbots/eda-sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNatsTransport } from './nats-transport.js';
import { assertReachable, deletePrefix, natsUrl, sleep, tempDir, uniquePrefix } from './test-support.js';

const TOPIC = 'fault.applied';
const KEYS = ['k-0', 'k-1', 'k-2', 'k-3', 'k-4'];
const PER_KEY = 80;
const N = KEYS.length * PER_KEY;
const CHUNK = 50;
/** Short, so that a delivery lost on the wire comes back within the test. */
const ACK_WAIT_MS = 1500;

describe('a consumer whose NATS connection breaks mid-stream', () => {
  let prefix: string;
  let dir: ReturnType<typeof tempDir>;
  let proxy: TcpProxy;
  const cleanups: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    await assertReachable();
    prefix = uniquePrefix('fault');
    dir = tempDir();
    proxy = await startTcpProxy(natsUrl());
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await proxy.close();
    await deletePrefix(prefix);
    dir.cleanup();
  });

  it('handles every message exactly once in effect across cuts and an outage', async ({ annotate }) => {
    const backend = createSqliteBackend({ file: dir.file() });
    cleanups.push(() => backend.close());
    const { storage } = backend;
    await storage.transaction(async (tx) => {
      tx.db.exec(`
        CREATE TABLE applications (id INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT NOT NULL, key TEXT NOT NULL, seq INTEGER NOT NULL);
        CREATE TABLE effects (key TEXT PRIMARY KEY, count INTEGER NOT NULL);
      `);
    });

    const errors: string[] = [];
    const publisher = await createNatsTransport({ servers: natsUrl(), prefix });
    cleanups.push(() => publisher.close());
    // Only the consumer goes through the proxy: cutting it leaves the shared server and every other test alone.
    const consumer = await createNatsTransport({
      servers: proxy.url,
      prefix,
      ackWaitMs: ACK_WAIT_MS,
      publishTimeoutMs: 500,
      connectionOptions: { reconnectTimeWait: 100, ignoreClusterUpdates: true },
      onError: (_error, context) => errors.push(context),
    });
    cleanups.push(() => consumer.close());

    let skipped = 0;
    const router = createRouter({ transport: consumer, storage }).addHandler({
      name: 'applier',
      topics: TOPIC,
      concurrency: 4,
      maxAttempts: 50,
      backoff: { initialMs: 5, maxMs: 50 },
      handler: async (ctx) => {
        let applied = false;
        await inboxHandler(storage, async (inner, tx) => {
          applied = true;
          const { key, seq } = inner.message.data as { key: string; seq: number };
          // A little work, so that a break lands with deliveries queued, running and being acked.
          await sleep(1 + Math.random() * 3);
          tx.db.prepare('INSERT INTO applications (message_id, key, seq) VALUES (?, ?, ?)').run(inner.message.id, key, seq);
          tx.db.prepare('INSERT INTO effects (key, count) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET count = count + 1').run(key);
        })(ctx);
        if (!applied) skipped++;
      },
    });
    await router.start();
    cleanups.push(() => router.stop());

    const published: OutgoingMessage[] = [];
    for (let seq = 0; seq < PER_KEY; seq++) {
      for (const key of KEYS) published.push({ topic: TOPIC, key, message: createEvent('fault.Applied', { key, seq }) });
    }
    const distinct = () =>
      storage.transaction(async (tx) => tx.db.prepare('SELECT COUNT(DISTINCT message_id) FROM applications').pluck().get() as number);

    // Most of the stream is published (on a connection of its own), and the consumer's connection
    // breaks while it works through it: cut (sockets die, deliveries and acks in flight are lost,
    // it reconnects at once), down for longer than the ack wait (its unacked messages are
    // redelivered), cut again. The rest is published afterwards: the pull must have resumed.
    const upFront = N * 0.6;
    for (let from = 0; from < upFront; from += CHUNK) await publisher.publish(published.slice(from, from + CHUNK));
    const breaks: [number, () => Promise<void>][] = [
      [N * 0.1, async () => proxy.cut()],
      [N * 0.25, () => proxy.outage(ACK_WAIT_MS + 1000)],
      [N * 0.4, async () => proxy.cut()],
    ];
    for (const [at, fault] of breaks) {
      await waitUntil(`${at} messages applied`, async () => (await distinct()) >= at, 30_000);
      // The next break waits until the connection is back (its handshake done), as a network would.
      const reconnected = (async () => {
        for await (const status of consumer.connection.status()) if (status.type === 'reconnect') return;
      })();
      await fault();
      await reconnected;
    }
    for (let from = upFront; from < N; from += CHUNK) await publisher.publish(published.slice(from, from + CHUNK));
    await waitUntil('every message applied', async () => (await distinct()) === N, 30_000);
    // Deliveries lost on the wire, and acks lost with the connection, come back after the ack
    // wait: give them the time to, so that a late duplicate would show below.
    await sleep(ACK_WAIT_MS * 2);
    await router.stop();

    const rows = await storage.transaction(async (tx) =>
      tx.db.prepare('SELECT message_id, key, seq FROM applications ORDER BY id').all() as { message_id: string; key: string; seq: number }[],
    );
    const outOfOrder = KEYS.map((key) => rows.filter((r) => r.key === key).map((r) => r.seq)).filter((seqs) => seqs.some((s, i) => i > 0 && s < seqs[i - 1]!)).length;
    await annotate(
      `proxy connections ${proxy.connections}, redeliveries skipped by the inbox ${skipped}, keys applied out of order ${outOfOrder}, background errors ${errors.length}`,
    );
    expect(proxy.connections, 'the consumer reconnected after each break').toBeGreaterThanOrEqual(4);
    // Exactly once in effect: no message applied twice, none lost.
    expect(rows.length, 'applications: more is a duplicate, fewer a loss').toBe(N);
    expect(new Set(rows.map((r) => r.message_id))).toEqual(new Set(published.map((p) => p.message.id)));
    const effects = await storage.transaction(async (tx) => tx.db.prepare('SELECT key, count FROM effects ORDER BY key').all());
    expect(effects).toEqual(KEYS.map((key) => ({ key, count: PER_KEY })));
    expect(await consumer.deadLetters.list()).toEqual([]);
  }, 60_000);
});
