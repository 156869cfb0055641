/**
 * Child process of `consumer-crash.int.test.ts` (not a test): consumes a JetStream topic through
 * the router with `batchedInboxHandler` on PostgreSQL storage, several messages per transaction.
 * Every application of a message is a row of `applications` (no unique constraint, so a second
 * application would show up as a second row) and bumps a per-key counter in `effects`, both in
 * the batch's transaction. The parent SIGKILLs it at a moment of its choosing, or tells it to
 * SIGKILL itself right after a commit.
 *
 * Lines on stdout (a pipe: Node writes pipes synchronously on Linux, so a printed line was sent
 * before the next statement runs):
 * - `ready`: the tables exist and the router is subscribed;
 * - `tx <seq> <id>`: inside a batch's open transaction, after the inbox recorded the id;
 * - `ok <seq> <id>`: the transaction holding that message committed (its ack is not sent yet);
 * - `dup <seq> <id>`: a redelivery the inbox skipped (its first application committed earlier);
 * - `crash <id,id,...>`: the messages of the batch that just committed; SIGKILL follows at once,
 *   before any of their acks is sent (with `crashAfter`).
 *
 * Usage: node --import tsx consumer-crash.fixture.ts <postgres url> <schema> <nats url> <prefix> <topic> [crashAfter]
 * With `crashAfter`, the child kills itself after the first commit of a batch of two or more once
 * it has committed that many messages.
 */
import { batchedInboxHandler, createRouter, type Handler } from '@mallbots/eda';
import { createPostgresBackend, type PgTx } from '@mallbots/eda-postgres';
import { createNatsTransport } from './nats-transport.js';

const [url, schema, servers, prefix, topic, crashAfterArg] = process.argv.slice(2);
if (!url || !schema || !servers || !prefix || !topic) throw new Error('usage: <postgres url> <schema> <nats url> <prefix> <topic> [crashAfter]');
const crashAfter = crashAfterArg === undefined ? undefined : Number(crashAfterArg);

const report = (error: unknown, context: string) => console.error(`${context}: ${error instanceof Error ? error.message : String(error)}`);
const backend = createPostgresBackend({ connectionString: url, schema, onError: report });
await backend.migrate();
const { storage } = backend;
await storage.transaction(async (tx) => {
  await tx.client.query(`
    CREATE TABLE IF NOT EXISTS ${schema}.applications (
      id         bigserial PRIMARY KEY,
      message_id text    NOT NULL,
      key        text    NOT NULL,
      seq        integer NOT NULL,
      pid        integer NOT NULL
    );
    CREATE TABLE IF NOT EXISTS ${schema}.effects (key text PRIMARY KEY, count integer NOT NULL);
  `);
});

// Short, so that the deliveries a killed child held come back within the test.
const transport = await createNatsTransport({ servers, prefix, ackWaitMs: 1000, onError: report });

/** A short random pause, so a kill can land between any two statements of a batch. */
const jitter = (): Promise<void> => new Promise((resolve) => (Math.random() < 0.3 ? setTimeout(resolve, 1) : setImmediate(resolve)));

/** The ids handled in each open batch transaction, and the batch of each message handled here. */
const batches = new WeakMap<PgTx, string[]>();
const batchOf = new Map<string, string[]>();
let committed = 0;

const batched = batchedInboxHandler(storage, async (ctx, tx) => {
  const ids = batches.get(tx) ?? [];
  batches.set(tx, ids);
  ids.push(ctx.message.id);
  batchOf.set(ctx.message.id, ids);
  process.stdout.write(`tx ${ctx.delivery.position} ${ctx.message.id}\n`);
  const { key, seq } = ctx.message.data as { key: string; seq: number };
  await jitter();
  await tx.client.query(`INSERT INTO ${schema}.applications (message_id, key, seq, pid) VALUES ($1, $2, $3, $4)`, [ctx.message.id, key, seq, process.pid]);
  await jitter();
  await tx.client.query(`INSERT INTO ${schema}.effects (key, count) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET count = effects.count + 1`, [key]);
  await jitter();
});

const handler: Handler = async (ctx) => {
  await batched(ctx);
  const { id } = ctx.message;
  const batch = batchOf.get(id);
  batchOf.delete(id);
  process.stdout.write(`${batch ? 'ok' : 'dup'} ${ctx.delivery.position} ${id}\n`);
  if (!batch) return;
  committed++;
  // The first message of a committed batch to get here: the batch's other messages resolve in
  // this same turn, so no ack of the batch has been sent yet.
  if (crashAfter !== undefined && committed >= crashAfter && batch.length >= 2) {
    process.stdout.write(`crash ${batch.join(',')}\n`);
    process.kill(process.pid, 'SIGKILL');
  }
};

const router = createRouter({ transport, storage }).addHandler({
  name: 'applier',
  topics: topic,
  // Several keys in flight at once: they gather into batches of up to this many.
  concurrency: 8,
  backoff: { initialMs: 5, maxMs: 50 },
  handler,
});
// The open subscriptions keep this process alive until it is killed.
await router.start();
process.stdout.write('ready\n');
