import {
  batchedInboxHandler,
  bulkInboxHandler,
  createMessage,
  createRouter,
  newId,
  newTraceparent,
  serializeMessage,
  type Handler,
  type Message,
} from '@mallbots/eda';
import { createNatsTransport, createOutboxRelay, deleteNatsPrefix } from '@mallbots/eda-nats';
import { createPostgresBackend, type PgTx } from '@mallbots/eda-postgres';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, StorageType } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { figure, type Figure } from './measure.js';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

const TOPIC = 'bench.accounts.events.Account';
const KEYS = 50;
const PER_TRANSACTION = 100;
/**
 * Messages the consumer handles at once: the bound of a batch of the batched inbox. Above `KEYS`
 * it only matters after a failure: one message per key is ever ready (per-key order).
 */
const CONCURRENCY = 64;
/** Unacked messages either consumer may hold (the transport's default). */
const MAX_ACK_PENDING = 1000;
/** Publishes the raw producer keeps in flight (each still awaited: a careful producer). */
const PUBLISH_WINDOW = 256;
/** Messages run through each side before the timed rounds (JIT, connections, streams, durables). */
const WARM_UP = 200;
/** A run that has not finished by then failed (a lost message would otherwise hang the bench). */
const RUN_TIMEOUT_MS = 120_000;

const data = { amountCents: 1250, note: 'a deposit of the usual size' };
const metadata = { correlationId: newId(), causationId: newId(), traceparent: newTraceparent(), kind: 'event' as const };
const messagesOf = (count: number): Message[] => Array.from({ length: count }, () => createMessage({ type: 'bench.Deposited', data, metadata }));

/** Counts handled messages and resolves `until(n)` once `n` distinct ones were handled. */
const counter = () => {
  const seen = new Set<string>();
  let duplicates = 0;
  let waiting: { target: number; resolve: (at: number) => void } | undefined;
  return {
    seen,
    get duplicates() {
      return duplicates;
    },
    handled(id: string) {
      if (seen.has(id)) duplicates++;
      else seen.add(id);
      if (waiting && seen.size >= waiting.target) {
        waiting.resolve(performance.now());
        waiting = undefined;
      }
    },
    until(target: number, what: string): Promise<number> {
      if (seen.size >= target) return Promise.resolve(performance.now());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${what}: ${seen.size} of ${target} messages after ${RUN_TIMEOUT_MS} ms`)), RUN_TIMEOUT_MS);
        waiting = {
          target,
          resolve: (at) => {
            clearTimeout(timer);
            resolve(at);
          },
        };
      });
    },
  };
};

/**
 * Throughput of the whole way of a message between two services, exactly once in effect: written
 * to the PostgreSQL outbox in the producer's transactions (`PER_TRANSACTION` per commit, over
 * `KEYS` keys), relayed to JetStream by `createOutboxRelay`, and handled by a router handler with
 * concurrency `CONCURRENCY` whose inbox record and own row per message commit together. Each round
 * is timed from its first write to its last message handled; rounds of `round` messages run (after
 * a warm-up) until `minMs` of them were timed. Two consumers, each on a topic of its own:
 * - `batchedInboxHandler`: the messages delivered together share one transaction, and the handler
 *   inserts each message's row with a statement of its own (a handler written per message);
 * - `bulkInboxHandler`: the same, with a handler that inserts the batch's rows in one statement.
 *
 * The baseline is the least JetStream itself needs to move the same payloads (the same JSON
 * envelopes, with their ids as `Nats-Msg-Id`) into a plain stream and out, in the same rounds:
 * `js.publish` with every ack awaited (at most `PUBLISH_WINDOW` in flight) and a plain pull
 * consumer (`consume()`) acking each, timed from the first publish to the last ack. It skips what
 * ours adds: the outbox write and its commit, the relay's reads and progress saves, the expected-last-id
 * check that keeps a topic's publishes in order, per-key order in the consumer, acks whose
 * receipt the server confirms (one PING per turn, `ServerReceipts`), and the PostgreSQL
 * transactions of the consumer.
 */
export const natsMessagingFigures = async (minMs: number): Promise<Figure[]> => {
  // 1000 messages per round for the full run, 150 with `--quick`.
  const round = Math.max(100, Math.min(1000, Math.round(minMs / 2)));
  const measure = async (run: (count: number) => Promise<number>): Promise<number> => {
    await run(WARM_UP);
    let count = 0;
    let ms = 0;
    while (ms < minMs) {
      ms += await run(round);
      count += round;
    }
    return (count * 1000) / ms;
  };
  const cleanups: { what: string; run: () => Promise<unknown> }[] = [];
  const cleanup = (what: string, run: () => Promise<unknown>) => cleanups.push({ what, run });
  try {
    // PostgreSQL: a fresh database, dropped after.
    const database = `mallbots_bench_nats_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    cleanup('closing the admin connection', () => admin.end());
    await admin.query(`CREATE DATABASE ${database}`);
    cleanup(`dropping database ${database}`, () => admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: CONCURRENCY + 4 });
    // `pool.end()` resolves before its sockets are closed: the DROP below may terminate one, which
    // an idle client reports as an error event (fatal without a listener).
    let dropping = false;
    pool.on('error', (error) => {
      if (!dropping) console.error('nats messaging bench: idle PostgreSQL connection failed', error);
    });
    cleanup('ending the pool', () => ((dropping = true), pool.end()));
    const backend = createPostgresBackend({ pool, schema: 'bench' });
    cleanup('closing the backend', () => backend.close());
    await backend.migrate();

    // NATS: everything under one prefix, deleted after.
    const prefix = `bench-${Date.now().toString(36)}`;
    const nc = await connect({ servers: natsUrl });
    cleanup('closing the NATS connection', () => nc.close());
    cleanup(`deleting NATS prefix ${prefix}`, () => deleteNatsPrefix(nc, prefix));

    /** Our rate through a consumer whose handler is `handlerOn(table)`, on a topic and table of its own. */
    const ourRate = async (name: string, handlerOn: (table: string) => Handler): Promise<number> => {
      const topic = `${TOPIC}.${name}`;
      const table = `bench.${name}_deposits`;
      await pool.query(`CREATE TABLE ${table} (message_id text PRIMARY KEY, amount_cents integer NOT NULL)`);
      const transport = await createNatsTransport({ servers: natsUrl, prefix, maxAckPending: MAX_ACK_PENDING });
      cleanup(`closing the NATS transport of ${name}`, () => transport.close());
      const handled = counter();
      const router = createRouter({ transport, storage: backend.storage });
      router.use((next) => async (ctx) => {
        await next(ctx);
        handled.handled(ctx.message.id);
      });
      router.addHandler({ name: `bench.${name}`, topics: topic, concurrency: CONCURRENCY, handler: handlerOn(table) });
      await router.start();
      cleanup(`stopping the router of ${name}`, () => router.stop());
      const relay = createOutboxRelay({ log: backend.log, target: transport, topics: [topic] });
      cleanup(`closing the relay of ${name}`, () => relay.close());

      let written = 0;
      const run = async (n: number) => {
        const messages = messagesOf(n);
        const start = performance.now();
        for (let i = 0; i < n; i += PER_TRANSACTION) {
          const batch = messages.slice(i, i + PER_TRANSACTION);
          await backend.storage.transaction((tx) =>
            tx.outbox.add(batch.map((message, j) => ({ topic, key: `account-${(written + i + j) % KEYS}`, message }))),
          );
        }
        written += n;
        return (await handled.until(written, `outbox -> JetStream -> ${name} inbox`)) - start;
      };
      const rate = await measure(run);
      const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
      if (Number(rows[0]!.n) !== written || handled.seen.size !== written) {
        throw new Error(`outbox -> JetStream -> ${name} inbox: ${written} written, ${handled.seen.size} handled, ${rows[0]!.n} effects`);
      }
      // Its consumer and relay stop before the next figure runs: they would take a share of the machine.
      await relay.close();
      await router.stop();
      await transport.close();
      return rate;
    };

    const batchedRate = await ourRate('batched', (table) =>
      batchedInboxHandler(backend.storage, async (ctx, tx: PgTx) => {
        const { amountCents } = ctx.message.data as typeof data;
        await tx.client.query(`INSERT INTO ${table} (message_id, amount_cents) VALUES ($1, $2)`, [ctx.message.id, amountCents]);
      }),
    );
    const bulkRate = await ourRate('bulk', (table) =>
      bulkInboxHandler(backend.storage, async (batch, tx: PgTx) => {
        await tx.client.query(`INSERT INTO ${table} (message_id, amount_cents) SELECT * FROM unnest($1::text[], $2::integer[])`, [
          batch.map((ctx) => ctx.message.id),
          batch.map((ctx) => (ctx.message.data as typeof data).amountCents),
        ]);
      }),
    );

    const rawRate = await (async () => {
      const stream = `${prefix}_RAW`;
      const subject = `${prefix}.raw`;
      const jsm = await jetstreamManager(nc);
      await jsm.streams.add({ name: stream, subjects: [subject], storage: StorageType.File, duplicate_window: 120_000_000_000 });
      await jsm.consumers.add(stream, {
        durable_name: 'raw',
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        max_ack_pending: MAX_ACK_PENDING,
      });
      const js = jetstream(nc);
      const consumer = await js.consumers.get(stream, 'raw');
      const messages = await consumer.consume({ max_messages: 256 });
      cleanup('stopping the raw consumer', () => messages.close());
      const handled = counter();
      const consuming = (async () => {
        for await (const message of messages) {
          message.ack();
          handled.handled(message.headers?.get('Nats-Msg-Id') ?? String(message.seq));
        }
      })();
      consuming.catch(() => undefined);

      let published = 0;
      const run = async (n: number) => {
        const payloads = messagesOf(n).map((message) => ({ id: message.id, payload: serializeMessage(message) }));
        const start = performance.now();
        const inFlight = new Set<Promise<unknown>>();
        let failure: unknown;
        for (const { id, payload } of payloads) {
          const publish: Promise<unknown> = js.publish(subject, payload, { msgID: id }).then(
            () => inFlight.delete(publish),
            (error: unknown) => {
              failure ??= error;
              inFlight.delete(publish);
            },
          );
          inFlight.add(publish);
          if (inFlight.size >= PUBLISH_WINDOW) await Promise.race(inFlight);
          if (failure) throw failure;
        }
        await Promise.all(inFlight);
        if (failure) throw failure;
        published += n;
        await handled.until(published, 'raw JetStream');
        // The acks are fire-and-forget: the last one has reached the server after a flush.
        await nc.flush();
        return performance.now() - start;
      };
      const rate = await measure(run);
      if (handled.seen.size !== published) throw new Error(`raw JetStream: ${published} published, ${handled.seen.size} consumed`);
      return rate;
    })();

    return [
      figure('outbox -> JetStream -> inbox consumer (postgres)', batchedRate, 'messages/s', rawRate),
      figure('outbox -> JetStream -> inbox consumer, one statement per batch (postgres)', bulkRate, 'messages/s', rawRate),
    ];
  } finally {
    for (const { what, run } of cleanups.reverse()) {
      try {
        await run();
      } catch (error) {
        console.error(`nats messaging bench: ${what} failed`, error);
      }
    }
  }
};
