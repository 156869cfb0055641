import pg from 'pg';
import { ConcurrencyError, createEvent, type MessageRegistry, type OutgoingMessage, type StoredEvent } from '@mallbots/eda';
import { runEventStoreConformance, waitUntil, type ConformanceHandle } from '@mallbots/eda/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { LOG_COLUMNS, toLogRecord, type LogRow } from './log-records.js';
import { createPostgresBackend, type PostgresBackend } from './postgres-backend.js';
import { freshSchema, useTestDatabase } from './test-support.js';

const db = useTestDatabase();

/** What the outbox published: in this adapter the outbox is the message log, so read the log. */
const publishedIn = async (schema: string): Promise<OutgoingMessage[]> => {
  const { rows } = await db.admin.query<LogRow>(`SELECT ${LOG_COLUMNS} FROM ${schema}.log_records ORDER BY position`);
  return rows.map(toLogRecord).map(({ topic, key, message }) => ({ topic, key, message }));
};

// A fresh schema per test; `reopen` opens a second backend on the same schema, as a newer build would.
runEventStoreConformance('postgres', async ({ registry }) => {
  const schema = freshSchema();
  const open = async (withRegistry: MessageRegistry | undefined): Promise<ConformanceHandle> => {
    const backend = createPostgresBackend({ connectionString: db.url, schema, registry: withRegistry });
    await backend.migrate();
    return {
      storage: backend.storage,
      published: () => publishedIn(schema),
      reopen: (options) => open(options.registry),
      close: () => backend.close(),
    };
  };
  return open(registry);
});

/** Focused tests of what the shared conformance suite cannot see: several processes on one schema. */
describe('postgres event store', () => {
  const backends: PostgresBackend[] = [];
  const open = (schema: string) => {
    const backend = createPostgresBackend({ connectionString: db.url, schema, poolSize: 12 });
    backends.push(backend);
    return backend;
  };
  afterEach(async () => {
    await Promise.all(backends.splice(0).map((backend) => backend.close()));
  });
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  it('lets exactly one of many writers racing from two processes win, inside transactions or not', async () => {
    const schema = freshSchema();
    const [a, b] = [open(schema), open(schema)];
    await a.storage.events.append('s-1', [{ type: 'A', data: {} }]);
    const attempts = Array.from({ length: 16 }, (_, i) => {
      const { storage } = i % 2 === 0 ? a : b;
      const events = [{ type: 'A', data: { i } }];
      return i % 4 < 2
        ? storage.events.append('s-1', events, { expectedVersion: 1 })
        : storage.transaction(async (tx) => tx.events.append('s-1', events, { expectedVersion: 1 }));
    });
    const results = await Promise.allSettled(attempts);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected') expect(r.reason).toMatchObject({ name: 'ConcurrencyError', expected: 1, actual: 2 });
    }
    expect(await b.storage.events.streamVersion('s-1')).toBe(2);
  });

  it('gets a plain append right when its version read went stale while it waited for the append lock', async () => {
    const { storage } = open(freshSchema());
    await storage.events.append('s', [{ type: 'A', data: 1 }]);
    const waitingForLock = async () =>
      (
        await db.admin.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_locks
           WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        )
      ).rows[0]!.n > 0;
    /** A transaction appends at `version` and holds the lock while `plain` starts (reading the version before) and waits for it. */
    const behindCommitAt = async (version: number, plain: () => Promise<unknown>): Promise<unknown> => {
      let appended!: () => void;
      const holding = new Promise<void>((resolve) => (appended = resolve));
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const holder = storage.transaction(async (tx) => {
        await tx.events.append('s', [{ type: 'A', data: version }], { expectedVersion: version - 1 });
        appended();
        await gate;
      });
      await holding;
      const outcome = plain().then(
        (result) => result,
        (error: unknown) => error,
      );
      await waitUntil('the plain append to wait for the lock', waitingForLock);
      release();
      await holder;
      return outcome;
    };
    // It reads 1 and expects 1: the unique index refuses version 2, and the conflict names the actual version.
    const stale = await behindCommitAt(2, () => storage.events.append('s', [{ type: 'A', data: 'lost' }], { expectedVersion: 1 }));
    expect(stale).toBeInstanceOf(ConcurrencyError);
    expect(stale).toMatchObject({ expected: 1, actual: 2 });
    // It reads 2 and expects 3: its own check fails, and the careful path finds 3 after the lock.
    expect(await behindCommitAt(3, () => storage.events.append('s', [{ type: 'A', data: 4 }], { expectedVersion: 3 }))).toMatchObject({
      nextExpectedVersion: 4,
    });
    // 'any' after a stale read of 4: the unique index refuses 5, the careful path appends at 6.
    expect(await behindCommitAt(5, () => storage.events.append('s', [{ type: 'A', data: 6 }]))).toMatchObject({ nextExpectedVersion: 6 });
    expect((await storage.events.readStream('s')).map((e) => e.data)).toEqual([1, 2, 3, 4, 5, 6]);
    // No version gap: expecting 8 on a stream at 6 is a conflict.
    await expect(storage.events.append('s', [{ type: 'A', data: 9 }], { expectedVersion: 8 })).rejects.toMatchObject({
      name: 'ConcurrencyError',
      expected: 8,
      actual: 6,
    });
    // A duplicate event id is no conflict: the database's error, and nothing written.
    const [first] = await storage.events.readStream('s');
    await expect(storage.events.append('s', [{ type: 'A', data: 7, id: first!.id }], { expectedVersion: 6 })).rejects.toMatchObject({
      code: '23505',
    });
    expect(await storage.events.streamVersion('s')).toBe(6);
  });

  it('never lets a reader of the global order skip, with writers of two processes holding transactions open', async () => {
    const schema = freshSchema();
    const [a, b] = [open(schema), open(schema)];
    const WRITERS = 8;
    const APPENDS = 15;
    const writer = async (w: number) => {
      const { storage } = w % 2 === 0 ? a : b;
      for (let n = 0; n < APPENDS; n++) {
        const events = [{ type: 'Tick', data: { w, n } }, { type: 'Tick', data: { w, n, second: true } }];
        if (n % 3 === 0) {
          // Appends, then lingers before the commit: a later appender must not be seen before it.
          await storage.transaction(async (tx) => {
            await tx.events.append(`w-${w}`, events);
            await sleep(Math.random() * 3);
          });
        } else {
          await storage.events.append(`w-${w}`, events);
        }
      }
    };
    const total = WRITERS * APPENDS * 2;
    const seen: StoredEvent[] = [];
    let reading = true;
    let writersDone = Infinity;
    const reader = (async () => {
      let checkpoint = 0;
      // A skipped record would never show up: 2 s after the writers are done, the reader gives up.
        while (reading || (seen.length < total && Date.now() < writersDone + 2000)) {
        const page = await a.storage.events.readAll({ fromPosition: checkpoint + 1, limit: 50 });
        seen.push(...page);
        checkpoint = page.at(-1)?.position ?? checkpoint;
        if (page.length === 0) await sleep(1);
      }
    })();
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    reading = false;
    writersDone = Date.now();
    await reader;

    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((e) => e.id)).size).toBe(total);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.position).toBeGreaterThan(seen[i - 1]!.position);
    // Within a stream, the global order keeps the stream's order.
    for (let w = 0; w < WRITERS; w++) {
      const versions = seen.filter((e) => e.streamId === `w-${w}`).map((e) => e.version);
      expect(versions).toEqual(Array.from({ length: APPENDS * 2 }, (_, i) => i + 1));
    }
  });

  it('commits app tables, events, outbox and checkpoints of one transaction together, or none of them', async () => {
    const schema = freshSchema();
    const { storage } = open(schema);
    await storage.transaction(async (tx) => {
      await tx.client.query(`CREATE TABLE ${schema}.orders (id text PRIMARY KEY)`);
    });
    const work = (fail: boolean) =>
      storage.transaction(async (tx) => {
        const id = fail ? 'bad' : 'good';
        await tx.client.query(`INSERT INTO ${schema}.orders (id) VALUES ($1)`, [id]);
        await tx.events.append(id, [{ type: 'OrderCreated', data: {} }]);
        await tx.checkpoints.set(id, 1);
        await tx.outbox.add([{ topic: 'orders', message: createEvent('OrderCreated', { id }) }]);
        if (fail) throw new Error('rollback');
      });
    await work(false);
    await expect(work(true)).rejects.toThrow('rollback');
    expect(await storage.events.streamVersion('good')).toBe(1);
    expect(await storage.events.streamVersion('bad')).toBe(0);
    expect(await storage.checkpoints.get('good')).toBe(1);
    expect(await storage.checkpoints.get('bad')).toBeUndefined();
    expect((await db.admin.query(`SELECT id FROM ${schema}.orders`)).rows).toEqual([{ id: 'good' }]);
    expect((await publishedIn(schema)).map((m) => m.message.data)).toEqual([{ id: 'good' }]);
  });

  it('wakes onEventsAppended listeners for commits of another process', async () => {
    const schema = freshSchema();
    const [reader, writer] = [open(schema), open(schema)];
    await Promise.all([reader.migrate(), writer.migrate()]);
    let woken = 0;
    reader.storage.onEventsAppended(() => void woken++);
    await writer.storage.transaction(async (tx) => tx.events.append('s', [{ type: 'A', data: 1 }]));
    await waitUntil('the other process to be woken', () => woken === 1, 5000);
    await expect(
      writer.storage.transaction(async (tx) => {
        await tx.events.append('s', [{ type: 'A', data: 2 }]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await writer.storage.events.append('s', [{ type: 'A', data: 3 }]);
    await waitUntil('the second commit to wake it', () => woken === 2, 5000);
    await sleep(50);
    expect(woken).toBe(2);
  });

  it('refuses a plain write from inside a transaction, and a tx handle after its transaction ended', async () => {
    const { storage } = open(freshSchema());
    let kept: Parameters<Parameters<typeof storage.transaction>[0]>[0] | undefined;
    await expect(
      storage.transaction(async (tx) => {
        kept = tx;
        await storage.events.append('s', [{ type: 'A', data: {} }]);
      }),
    ).rejects.toThrow(/tx handle/);
    await expect(kept!.events.append('s', [{ type: 'A', data: {} }])).rejects.toThrow(/transaction has ended/);
    await expect(storage.transaction(async () => storage.transaction(async () => undefined))).rejects.toThrow(/inside a transaction/);
    // Reads from inside are allowed: they see what is committed.
    await storage.events.append('s', [{ type: 'A', data: {} }]);
    expect(await storage.transaction(async () => storage.events.streamVersion('s'))).toBe(1);
  });

  it('keeps schemas of one database apart: own positions, own streams, own version', async () => {
    const [one, two] = [freshSchema('one'), freshSchema('two')];
    const [a, b] = [open(one), open(two)];
    await a.storage.events.append('s', [{ type: 'A', data: 1 }, { type: 'A', data: 2 }]);
    const { positions } = await b.storage.events.append('s', [{ type: 'B', data: 1 }]);
    expect(positions).toEqual([1]);
    expect(await b.storage.events.streamVersion('s')).toBe(1);
    expect((await b.storage.events.readAll()).map((e) => e.type)).toEqual(['B']);
    await expect(a.storage.events.append('s', [], { expectedVersion: 1 })).rejects.toBeInstanceOf(ConcurrencyError);
  });

  it('runs on a pool it is given, several schemas sharing it, and leaves it open on close', async () => {
    const pool = new pg.Pool({ connectionString: db.url, max: 4 });
    try {
      const [one, two] = [freshSchema('one'), freshSchema('two')];
      const [a, b] = [createPostgresBackend({ pool, schema: one }), createPostgresBackend({ pool, schema: two })];
      let woken = 0;
      b.storage.onEventsAppended(() => void woken++);
      await Promise.all([a.migrate(), b.migrate()]);
      await a.storage.events.append('s', [{ type: 'A', data: 1 }]);
      await b.storage.transaction(async (tx) => tx.events.append('s', [{ type: 'B', data: 1 }]));
      expect((await a.storage.events.readAll()).map((e) => e.type)).toEqual(['A']);
      expect(woken).toBe(1);
      await Promise.all([a.close(), b.close()]);
      expect((await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${two}.events`)).rows).toEqual([{ n: 1 }]);
    } finally {
      await pool.end();
    }
  });
});
