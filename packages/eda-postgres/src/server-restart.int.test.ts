import { batchedInboxHandler, createEvent, createRouter, inboxHandler, type HandlerContext, type OutgoingMessage } from '@mallbots/eda';
import { startTcpProxy, waitUntil, type TcpProxy } from '@mallbots/eda/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isConnectionError } from './connection-errors.js';
import { createPostgresBackend, type PostgresBackend } from './postgres-backend.js';
import type { PgTx } from './postgres-storage.js';
import { freshSchema, useTestDatabase } from './test-support.js';

const db = useTestDatabase();

const TOPIC = 'restart.applied';
const KEYS = ['k-0', 'k-1', 'k-2', 'k-3', 'k-4'];
const PER_KEY = 60;
const N = KEYS.length * PER_KEY;
/** Long enough for every connection attempt, retry and poll of the backend to meet the outage. */
const OUTAGE_MS = 3000;
/** The two consumer groups: one transaction per message, and batches of several. */
const CONSUMERS = ['single', 'batched'] as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A PostgreSQL restart as a running consumer sees it: every connection of the backend dies at once
 * and, for a few seconds, every new one is refused, then the server is back. The shared server is
 * never restarted (other test files use it meanwhile): the backend reaches it through a TCP proxy
 * of its own (`startTcpProxy`), which goes down and comes back; the test inspects the tables
 * through a direct connection.
 */
describe('a consumer while PostgreSQL restarts', () => {
  let proxy: TcpProxy;
  let backend: PostgresBackend | undefined;
  beforeEach(async () => {
    proxy = await startTcpProxy(db.url);
  });
  afterEach(async () => {
    await backend?.close();
    await proxy.close();
  });

  it('handles every message exactly once in effect, in per-key order, and carries on without a restart of its own', async ({ annotate }) => {
    const schema = freshSchema();
    const errors: string[] = [];
    backend = createPostgresBackend({
      connectionString: proxy.url,
      schema,
      onError: (_error, context) => void errors.push(context),
    });
    await backend.migrate();
    const { storage, transport } = backend;
    await db.admin.query(`CREATE TABLE ${schema}.applications (
      id bigserial PRIMARY KEY, consumer text NOT NULL, message_id text NOT NULL, key text NOT NULL, seq integer NOT NULL)`);
    await db.admin.query(`CREATE TABLE ${schema}.effects (consumer text, key text, count integer NOT NULL, PRIMARY KEY (consumer, key))`);

    const published: OutgoingMessage[] = [];
    for (let seq = 0; seq < PER_KEY; seq++) {
      for (const key of KEYS) published.push({ topic: TOPIC, key, message: createEvent('restart.Applied', { key, seq }) });
    }
    // Half the stream before the restart; the other half after it, through the same backend.
    const half = N / 2;
    await transport.publish(published.slice(0, half));

    /** Applies one message: two statements with a pause between them, so the restart lands inside transactions too. */
    const apply = async (consumer: string, ctx: HandlerContext, tx: PgTx) => {
      const { key, seq } = ctx.message.data as { key: string; seq: number };
      await tx.client.query(`INSERT INTO ${schema}.applications (consumer, message_id, key, seq) VALUES ($1, $2, $3, $4)`, [
        consumer,
        ctx.message.id,
        key,
        seq,
      ]);
      await sleep(Math.random() * 4);
      await tx.client.query(
        `INSERT INTO ${schema}.effects (consumer, key, count) VALUES ($1, $2, 1) ON CONFLICT (consumer, key) DO UPDATE SET count = effects.count + 1`,
        [consumer, key],
      );
    };
    // Every delivery the outage interrupts is a failed attempt: give them room for the outage.
    const retries = { maxAttempts: 100, backoff: { initialMs: 10, maxMs: 200 } };
    const router = createRouter({ transport, storage })
      .addHandler({
        name: 'single',
        topics: TOPIC,
        concurrency: 4,
        ...retries,
        handler: inboxHandler(storage, (ctx, tx) => apply('single', ctx, tx)),
      })
      .addHandler({
        name: 'batched',
        topics: TOPIC,
        // Up to one message per key at once: batches of up to five.
        concurrency: 8,
        ...retries,
        handler: batchedInboxHandler(storage, (ctx, tx) => apply('batched', ctx, tx)),
      });
    await router.start();

    const applied = async (consumer: string) =>
      (
        await db.admin.query<{ n: number }>(`SELECT count(DISTINCT message_id)::int AS n FROM ${schema}.applications WHERE consumer = $1`, [
          consumer,
        ])
      ).rows[0]!.n;
    const allApplied = async (n: number) => (await Promise.all(CONSUMERS.map(applied))).every((count) => count >= n);

    await waitUntil('a fifth of the first half applied by both', () => allApplied(half / 5), 20_000);
    const atRestart = await Promise.all(CONSUMERS.map(applied));
    const outage = proxy.outage(OUTAGE_MS);
    // While the server is away, the backend's operations fail with the cause; nothing crashes.
    await expect(storage.events.readAll()).rejects.toSatisfy(isConnectionError);
    await outage;

    await transport.publish(published.slice(half));
    await waitUntil('every message applied by both', () => allApplied(N), 30_000);
    await router.stop();

    const reported = new Map<string, number>();
    for (const context of errors) reported.set(context, (reported.get(context) ?? 0) + 1);
    await annotate(
      `applied at the restart: ${atRestart.join(', ')} of ${N}; proxy connections ${proxy.connections}; background errors: ` +
        [...reported].map(([context, count]) => `${count} × ${context}`).join('; '),
    );
    // The restart came in the middle of the stream, for both consumers.
    for (const count of atRestart) expect(count).toBeLessThan(half);
    for (const consumer of CONSUMERS) {
      const rows = (
        await db.admin.query<{ message_id: string; key: string; seq: number }>(
          `SELECT message_id, key, seq FROM ${schema}.applications WHERE consumer = $1 ORDER BY id`,
          [consumer],
        )
      ).rows;
      // No message applied twice, none lost, nothing foreign.
      expect(rows.length, `${consumer}: more is a duplicate, fewer a loss`).toBe(N);
      expect(new Set(rows.map((r) => r.message_id))).toEqual(new Set(published.map((p) => p.message.id)));
      // Per-key order across the restart: in commit order, each key's seqs are exactly 0, 1, 2, ...
      for (const key of KEYS) {
        expect(rows.filter((r) => r.key === key).map((r) => r.seq), `${consumer}: order of ${key}`).toEqual(
          Array.from({ length: PER_KEY }, (_, i) => i),
        );
      }
      expect((await db.admin.query(`SELECT key, count FROM ${schema}.effects WHERE consumer = $1 ORDER BY key`, [consumer])).rows).toEqual(
        KEYS.map((key) => ({ key, count: PER_KEY })),
      );
      expect((await db.admin.query(`SELECT count(*)::int AS n FROM ${schema}.inbox WHERE consumer = $1`, [consumer])).rows).toEqual([{ n: N }]);
    }
    expect(await transport.deadLetters.list()).toEqual([]);
    // The restart was reported, not thrown: the listener lost its connection and found it again.
    expect(errors).toContain('notification listener: connection lost, reconnecting');

    // The same backend keeps working, without a restart: a fresh consumer is woken by a new commit.
    const received: string[] = [];
    await transport.subscribe('after', async (message) => void received.push(message.id), { group: 'after', startFrom: 'beginning' });
    const marker = createEvent('Marker', {});
    await transport.publish([{ topic: 'after', message: marker }]);
    await waitUntil('the marker', () => received.includes(marker.id), 5000);
  }, 60_000);
});
