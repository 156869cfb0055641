import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createEvent, type OutgoingMessage } from '@mallbots/eda';
import { runFixtureProcess, waitUntil, type FixtureExit } from '@mallbots/eda/testing';
import { jetstreamManager } from '@nats-io/jetstream';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { namesFor } from './names.js';
import { createNatsTransport } from './nats-transport.js';
import { assertReachable, connectOrFail, deletePrefix, natsUrl, uniquePrefix } from './test-support.js';

const fixture = fileURLToPath(new URL('./consumer-crash.fixture.ts', import.meta.url));
const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TOPIC = 'crash.applied';
/** The fixture's handler name: its consumer group, its durable and its inbox consumer. */
const HANDLER = 'applier';
const KEYS = Array.from({ length: 8 }, (_, i) => `k-${i}`);
const PER_KEY = 100;
const N = KEYS.length * PER_KEY;
/** A child still alive after this is stuck: it is killed so that it never outlives the test. */
const CHILD_GUARD_MS = 25_000;

/** What one child printed (see the fixture) so far. */
interface Progress {
  oks: number;
  /** Ids of the redeliveries the inbox skipped. */
  dups: string[];
  /** Ids of messages inside a batch transaction whose `ok` never came (at the end; while running: so far). */
  open: Set<string>;
  /** The batch the child killed itself after (committed, none of it acked). */
  crashBatch: string[];
}

/** What one child printed and how it ended. */
type ChildRun = Progress & FixtureExit;

interface ChildControl {
  /** Given to the fixture: it kills itself after a batch commit once it has committed that many. */
  crashAfter?: number;
  /** Called after every stdout line with its kind, and `kill` to end the child when the caller decides. */
  onLine?: (kind: string, progress: Progress, kill: () => void) => void;
  onReady?: (kill: () => void) => void;
}

/** A fresh database of the PostgreSQL server for one run of this file. */
const createDatabase = async (): Promise<{ url: string; drop(): Promise<void> }> => {
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 5000 });
    client.on('error', () => undefined);
    await client.connect().catch((error: unknown) => {
      throw new Error(`PostgreSQL is not reachable at ${POSTGRES_URL} (${String(error)}): start it, or set DATABASE_URL`);
    });
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const name = `eda_nats_crash_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
};

/**
 * SIGKILL of a consumer process in the middle of a batch, on PostgreSQL storage and the NATS
 * transport: the batch's transaction either committed or rolled back as a whole, and what
 * committed without being acked comes back (after the ack wait) and is skipped by the inbox.
 * Modelled on eda-sqlite's `consumer-crash.test.ts`.
 */
describe('consumer crash safety on PostgreSQL and NATS', () => {
  let prefix: string;
  let database: Awaited<ReturnType<typeof createDatabase>>;
  const schema = 'crash';
  let pool: pg.Pool;

  beforeEach(async () => {
    await assertReachable();
    prefix = uniquePrefix('crash');
    database = await createDatabase();
    pool = new pg.Pool({ connectionString: database.url, max: 2, options: `-c search_path=${schema}` });
    pool.on('error', () => undefined);
  });
  afterEach(async () => {
    await pool.end();
    await database.drop();
    await deletePrefix(prefix);
  });

  /** Runs the fixture until it exits (see `runFixtureProcess`). */
  const runChild = async (control: ChildControl): Promise<ChildRun> => {
    const progress: Progress = { oks: 0, dups: [], open: new Set(), crashBatch: [] };
    const exit = await runFixtureProcess({
      script: fixture,
      args: [database.url, schema, natsUrl(), prefix, TOPIC, ...(control.crashAfter === undefined ? [] : [String(control.crashAfter)])],
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      guardMs: CHILD_GUARD_MS,
      onLine(line, kill) {
        const [kind = '', , id = ''] = line.split(' ');
        if (kind === 'tx') progress.open.add(id);
        else if (kind === 'ok') {
          progress.open.delete(id);
          progress.oks++;
        } else if (kind === 'dup') progress.dups.push(id);
        else if (kind === 'crash') progress.crashBatch = line.slice('crash '.length).split(',');
        else if (kind === 'ready') control.onReady?.(kill);
        control.onLine?.(kind, progress, kill);
      },
    });
    return { ...exit, ...progress };
  };

  const applied = async (): Promise<Set<string>> =>
    new Set((await pool.query<{ message_id: string }>('SELECT message_id FROM applications')).rows.map((row) => row.message_id));

  it(
    'applies every message exactly once in effect across SIGKILLs in the middle of batches and between commit and ack',
    async ({ annotate }) => {
      const published: OutgoingMessage[] = [];
      for (let seq = 0; seq < PER_KEY; seq++) {
        for (const key of KEYS) published.push({ topic: TOPIC, key, message: createEvent('crash.Applied', { key, seq }) });
      }
      const publisher = await createNatsTransport({ servers: natsUrl(), prefix });
      await publisher.publish(published);
      await publisher.close();

      const report: string[] = [];
      const kills: ChildRun[] = [];
      // Two children are killed by the test while a batch is open: after `target` commits, the
      // next `tx` line of a batch of two or more under way schedules SIGKILL within a few ms.
      for (let round = 1; round <= 2; round++) {
        const target = 40 + Math.floor(Math.random() * 120);
        const delayMs = Math.random() * 5;
        let armed = false;
        const run = await runChild({
          onLine: (kind, progress, kill) => {
            if (kind !== 'tx' || armed || progress.oks < target || progress.open.size < 2) return;
            armed = true;
            setTimeout(kill, delayMs);
          },
        });
        expect(run.signal, `round ${round} ended on its own: ${run.stderr}`).toBe('SIGKILL');
        expect(run.stuck, `round ${round} was stuck after ${run.oks} oks: ${run.stderr}`).toBe(false);
        const now = await applied();
        const openCommitted = [...run.open].filter((id) => now.has(id)).length;
        report.push(
          `round ${round}: SIGKILL ${delayMs.toFixed(1)} ms after a tx line past ok #${target}, at ok #${run.oks}, dups skipped ${run.dups.length}; ` +
            `in open transactions ${run.open.size} (${openCommitted} committed unprinted); applied ${now.size}/${N}`,
        );
        kills.push(run);
      }
      // The third kills itself right after a batch committed, before any of its acks was sent: the
      // worst moment for exactly-once, every message of that batch comes back.
      const crashed = await runChild({ crashAfter: 40 + Math.floor(Math.random() * 120) });
      expect(crashed.signal, `the crashing child ended on its own: ${crashed.stderr}`).toBe('SIGKILL');
      expect(crashed.crashBatch.length, 'it crashed after a batch of several').toBeGreaterThanOrEqual(2);
      report.push(`round 3: SIGKILL after a committed batch of ${crashed.crashBatch.length} at ok #${crashed.oks}, dups skipped ${crashed.dups.length}`);
      kills.push(crashed);

      // The last child runs until JetStream holds nothing for the group: every message applied and
      // acked, redeliveries of the killed children's unacked messages included.
      const nc = await connectOrFail();
      const jsm = await jetstreamManager(nc);
      const names = namesFor(prefix);
      let polling: Promise<void> | undefined;
      const last = await runChild({
        onReady: (kill) => {
          polling = waitUntil(
            'every message applied and acked',
            async () => {
              const info = await jsm.consumers.info(names.topicStream(TOPIC), names.durable(HANDLER));
              return info.num_pending === 0 && info.num_ack_pending === 0 && (await applied()).size === N;
            },
            20_000,
          ).finally(kill);
        },
      }).finally(() => nc.close());
      report.push(`last child: oks ${last.oks}, dups skipped ${last.dups.length}`);
      await annotate(report.join('\n'));
      await polling;
      expect(last.stuck).toBe(false);
      // Nothing went wrong in the background: no failed read, ack or save was reported.
      for (const { stderr } of [...kills, last]) expect(stderr).toBe('');

      const rows = (await pool.query<{ message_id: string; key: string; seq: number }>('SELECT message_id, key, seq FROM applications ORDER BY id')).rows;
      // Per-key order is not promised across a crash (see the trap on `GroupConsumer`): a killed
      // child's unacked messages come back after the ack wait, behind later ones. Reported only.
      const outOfOrder = KEYS.filter((key) => rows.filter((r) => r.key === key).some((r, i, all) => i > 0 && r.seq < all[i - 1]!.seq));
      await annotate(`keys applied out of order: ${outOfOrder.length} of ${KEYS.length}`);
      // No message applied twice, none lost, nothing foreign.
      expect(rows.length, 'applications: more is a duplicate, fewer a loss').toBe(N);
      expect(new Set(rows.map((r) => r.message_id))).toEqual(new Set(published.map((p) => p.message.id)));
      expect((await pool.query('SELECT key, count FROM effects ORDER BY key')).rows).toEqual(KEYS.map((key) => ({ key, count: PER_KEY })));
      expect((await pool.query('SELECT count(*)::int AS n FROM inbox WHERE consumer = $1', [HANDLER])).rows).toEqual([{ n: N }]);
      // The batch committed just before its child died was delivered again to the last child,
      // which skipped every message of it: the duplicates absent above were absent by design.
      expect(last.dups, report.join('\n')).toEqual(expect.arrayContaining(crashed.crashBatch));
      const transport = await createNatsTransport({ servers: natsUrl(), prefix });
      try {
        expect(await transport.deadLetters.list()).toEqual([]);
      } finally {
        await transport.close();
      }
    },
    60_000,
  );
});
