import { randomBytes } from 'node:crypto';
import { createEvent, createRouter, inboxHandler, type OutgoingMessage } from '@mallbots/eda';
import { waitUntil } from '@mallbots/eda/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostgresBackend, type PostgresBackend } from './postgres-backend.js';
import { DATABASE_URL, freshSchema, terminateConnections, useTestDatabase, withDatabase } from './test-support.js';

const db = useTestDatabase();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Connection faults, made by killing the backend's own connections with pg_terminate_backend
 * (found by their application_name). The shared server is never restarted: other test files use
 * it meanwhile, and a restart looks the same to a client (every connection ends at once).
 */
describe('postgres connection faults', () => {
  const backends: PostgresBackend[] = [];
  afterEach(async () => {
    await Promise.all(backends.splice(0).map((backend) => backend.close()));
  });

  /** A backend whose connections carry `application_name`, and the background errors it reported. */
  const open = async (schema: string, fallbackPollMs: number) => {
    const applicationName = `eda_fault_${randomBytes(4).toString('hex')}`;
    const errors: string[] = [];
    const backend = createPostgresBackend({
      connectionString: withDatabase(DATABASE_URL, db.name, applicationName),
      schema,
      onError: (_error, context) => void errors.push(context),
      transport: { fallbackPollMs },
    });
    backends.push(backend);
    await backend.migrate();
    return { backend, applicationName, errors };
  };

  it('closes quietly while the server ends the connections it is closing', async () => {
    const { backend, applicationName } = await open(freshSchema(), 200);
    await Promise.all(Array.from({ length: 6 }, (_, i) => backend.storage.events.append(`s-${i}`, [{ type: 'A', data: i }])));
    // pool.end() resolves before the connections have closed: the server's farewell must not crash the process.
    await Promise.all([backend.close(), terminateConnections(db.admin, applicationName)]);
    await sleep(50);
  });

  it('handles every message exactly once in effect, in per-key order, while its connections are killed, and keeps working', async () => {
    const schema = freshSchema();
    const { backend, applicationName, errors } = await open(schema, 200);
    const { storage, transport } = backend;
    await db.admin.query(`CREATE TABLE ${schema}.applications (
      id bigserial PRIMARY KEY, message_id text NOT NULL, key text NOT NULL, seq integer NOT NULL)`);
    await db.admin.query(`CREATE TABLE ${schema}.effects (key text PRIMARY KEY, count integer NOT NULL)`);

    const TOPIC = 'fault.applied';
    const KEYS = ['k-0', 'k-1', 'k-2', 'k-3'];
    const PER_KEY = 100;
    const N = KEYS.length * PER_KEY;
    const published: OutgoingMessage[] = [];
    for (let seq = 0; seq < PER_KEY; seq++) {
      for (const key of KEYS) published.push({ topic: TOPIC, key, message: createEvent('fault.Applied', { key, seq }) });
    }
    await transport.publish(published);

    const router = createRouter({ transport, storage }).addHandler({
      name: 'applier',
      topics: TOPIC,
      concurrency: 4,
      // Every delivery that a kill interrupts is a failed attempt: give it room, and retry fast.
      maxAttempts: 50,
      backoff: { initialMs: 5, maxMs: 50 },
      handler: inboxHandler(storage, async (ctx, tx) => {
        const { key, seq } = ctx.message.data as { key: string; seq: number };
        await tx.client.query(`INSERT INTO ${schema}.applications (message_id, key, seq) VALUES ($1, $2, $3)`, [ctx.message.id, key, seq]);
        // A pause inside the open transaction: the stream lasts long enough for every kill to land
        // mid-stream, and some land between two statements of a transaction.
        await sleep(Math.random() * 4);
        await tx.client.query(
          `INSERT INTO ${schema}.effects (key, count) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET count = effects.count + 1`,
          [key],
        );
      }),
    });
    await router.start();

    const applied = async () =>
      (await db.admin.query<{ n: number }>(`SELECT count(DISTINCT message_id)::int AS n FROM ${schema}.applications`)).rows[0]!.n;
    const kills: { applied: number; killed: number }[] = [];
    for (const threshold of [0.1, 0.35, 0.6].map((share) => Math.floor(N * share))) {
      await waitUntil(`${threshold} messages applied`, async () => (await applied()) >= threshold, 20_000);
      kills.push({ applied: await applied(), killed: await terminateConnections(db.admin, applicationName) });
      // Kill again while the pool reconnects, so that half-opened and fresh connections die too.
      await sleep(5);
      await terminateConnections(db.admin, applicationName);
    }
    await waitUntil('every message applied', async () => (await applied()) === N, 30_000);
    await router.stop();

    // Each round killed connections in use, before the stream was done.
    for (const kill of kills) expect(kill.killed > 0 && kill.applied < N, JSON.stringify(kills)).toBe(true);
    const rows = (
      await db.admin.query<{ message_id: string; key: string; seq: number }>(`SELECT message_id, key, seq FROM ${schema}.applications ORDER BY id`)
    ).rows;
    // No message applied twice, none lost, nothing foreign.
    expect(rows.length, 'applications: more is a duplicate, fewer a loss').toBe(N);
    expect(new Set(rows.map((r) => r.message_id))).toEqual(new Set(published.map((p) => p.message.id)));
    // Per-key order across the faults: in commit order, each key's seqs are exactly 0, 1, 2, ...
    for (const key of KEYS) {
      expect(rows.filter((r) => r.key === key).map((r) => r.seq), `order of ${key}`).toEqual(Array.from({ length: PER_KEY }, (_, i) => i));
    }
    expect((await db.admin.query(`SELECT key, count FROM ${schema}.effects ORDER BY key`)).rows).toEqual(KEYS.map((key) => ({ key, count: PER_KEY })));
    expect((await db.admin.query(`SELECT count(*)::int AS n FROM ${schema}.inbox WHERE consumer = 'applier'`)).rows).toEqual([{ n: N }]);
    expect(await transport.deadLetters.list()).toEqual([]);
    // The faults were reported, not thrown: the listener lost its connection at every kill.
    expect(errors).toContain('notification listener: connection lost, reconnecting');

    // The same backend keeps working, without a restart.
    const { positions } = await storage.events.append('after-faults', [{ type: 'Recovered', data: {} }]);
    expect(await storage.events.readAll({ fromPosition: positions[0] })).toHaveLength(1);
    const received: string[] = [];
    await transport.subscribe('after', async (message) => void received.push(message.id), { group: 'after', startFrom: 'beginning' });
    const marker = createEvent('Marker', {});
    await transport.publish([{ topic: 'after', message: marker }]);
    await waitUntil('the marker', () => received.includes(marker.id), 5000);
  }, 60_000);

  it('re-listens after its connections are killed, and wakes consumers for commits of another process without polling', async () => {
    const schema = freshSchema();
    const consumer = await open(schema, 3_600_000);
    const producer = await open(schema, 3_600_000);
    const received: string[] = [];
    await consumer.backend.transport.subscribe('orders', async (message) => void received.push(message.id), { group: 'g', startFrom: 'end' });

    expect(await terminateConnections(db.admin, consumer.applicationName)).toBeGreaterThan(0);
    // Published right after the kill: either the listener is back and hears it, or it catches up
    // on what was committed while it was away as soon as it is back.
    const duringOutage = createEvent('OrderCreated', { n: 1 });
    await producer.backend.transport.publish([{ topic: 'orders', message: duringOutage }]);
    await waitUntil('the message published during the outage', () => received.includes(duringOutage.id), 5000);

    const afterwards = createEvent('OrderCreated', { n: 2 });
    await producer.backend.transport.publish([{ topic: 'orders', message: afterwards }]);
    await waitUntil('the message published afterwards', () => received.includes(afterwards.id), 5000);
    expect(received).toEqual([duringOutage.id, afterwards.id]);
  });

  it('fails its start and its operations with the cause while PostgreSQL is unreachable, and never crashes', async () => {
    // A port where nothing listens stands for a server that is down.
    const down = createPostgresBackend({
      connectionString: 'postgres://postgres@127.0.0.1:1/postgres',
      schema: freshSchema(),
      onError: () => undefined,
    });
    backends.push(down);
    await expect(down.migrate()).rejects.toThrow(/ECONNREFUSED|connect/);
    await expect(down.storage.events.readAll()).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});
