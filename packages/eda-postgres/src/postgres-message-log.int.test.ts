import { createEvent, type LogRecord } from '@mallbots/eda';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostgresBackend, type PostgresBackend } from './postgres-backend.js';
import { freshSchema, useTestDatabase } from './test-support.js';

const db = useTestDatabase();

/** What the transport conformance suite cannot see of the log: positions, heads, retention, group state. */
describe('postgres message log', () => {
  let backend: PostgresBackend;
  afterEach(async () => {
    await backend.close();
  });
  const open = async () => {
    backend = createPostgresBackend({ connectionString: db.url, schema: freshSchema() });
    await backend.migrate();
    return backend.log;
  };
  const record = (topic: string, n: number) => ({ topic, key: `k${n % 2}`, message: createEvent('T', { n }) });

  it('hands out global positions across topics in append order, and keeps a topic head past removals', async () => {
    const log = await open();
    const first = await log.append([record('a', 1), record('b', 2), record('a', 3)]);
    const second = await log.append([record('b', 4)]);
    expect([...first, ...second]).toEqual([1, 2, 3, 4]);
    expect((await log.read('a', 0, 10)).map((r) => [r.position, r.key, r.schemaVersion, (r.message.data as { n: number }).n])).toEqual([
      [1, 'k1', 1, 1],
      [3, 'k1', 1, 3],
    ]);
    expect((await log.read('a', 1, 10)).map((r) => r.position)).toEqual([3]);
    await log.remove('a', [1, 3]);
    expect(await log.read('a', 0, 10)).toEqual([]);
    expect(await log.lastPosition('a')).toBe(3);
    expect(await log.lastPosition('b')).toBe(4);
    expect(await log.lastPosition('none')).toBe(0);
    // Removed positions are never handed out again.
    expect(await log.append([record('a', 5)])).toEqual([5]);
  });

  it('trims by count and by age, and keeps declared options', async () => {
    const log = await open();
    await log.declare('s', { kind: 'stream', retention: { maxCount: 2, maxAgeMs: 60_000 } });
    expect(await log.topicOptions('s')).toEqual({ kind: 'stream', retention: { maxCount: 2, maxAgeMs: 60_000 } });
    await log.declare('q', { kind: 'queue' });
    expect(await log.topicOptions('q')).toEqual({ kind: 'queue' });
    expect(await log.topicOptions('undeclared')).toBeUndefined();
    await log.append([1, 2, 3, 4, 5].map((n) => record('s', n)));
    expect(await log.trim('s', { maxCount: 2 }, new Date())).toBe(3);
    expect((await log.read('s', 0, 10)).map((r) => (r.message.data as { n: number }).n)).toEqual([4, 5]);
    expect(await log.trim('s', { maxAgeMs: 60_000 }, new Date(Date.now() + 120_000))).toBe(2);
    expect(await log.read('s', 0, 10)).toEqual([]);
  });

  it('saves group state and upserts dead letters by group, topic and message', async () => {
    const log = await open();
    expect(await log.loadGroup('g', 't')).toBeUndefined();
    await log.saveGroup('g', 't', { cursor: 7, done: [9, 12] });
    expect(await log.loadGroup('g', 't')).toEqual({ cursor: 7, done: [9, 12] });
    await log.saveGroup('g', 't', { cursor: 12, done: [] });
    expect(await log.loadGroup('g', 't')).toEqual({ cursor: 12, done: [] });

    const message = createEvent('T', { n: 1 });
    const letter = { group: 'g', topic: 't', key: 'k', position: 3, message, error: 'boom', attempts: 2, parkedAt: new Date(), schemaVersion: 2 };
    const id = await log.park(letter);
    await log.setReplaying(id, true);
    expect(await log.listDeadLetters({ replaying: true })).toHaveLength(1);
    expect(await log.park({ ...letter, error: 'boom again', attempts: 3 })).toBe(id);
    const [again] = await log.listDeadLetters({ group: 'g', topic: 't' });
    expect(again).toMatchObject({ id, error: 'boom again', attempts: 3, replaying: false, schemaVersion: 2, position: 3 });
    expect(again!.message).toEqual(message);
    expect(await log.getDeadLetter(id)).toEqual(again);
    await log.deleteDeadLetter(id);
    expect(await log.listDeadLetters()).toEqual([]);
  });

  it('never lets a reader of a topic skip a record, with appenders of two processes holding outbox transactions open', async () => {
    const schema = freshSchema();
    backend = createPostgresBackend({ connectionString: db.url, schema, poolSize: 12 });
    const other = createPostgresBackend({ connectionString: db.url, schema, poolSize: 12 });
    try {
      const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
      const WRITERS = 8;
      const APPENDS = 15;
      const writer = async (w: number) => {
        const { storage, log } = w % 2 === 0 ? backend : other;
        for (let n = 0; n < APPENDS; n++) {
          const records = [record('t', n), record('t', n + 1000)].map((r) => ({ ...r, key: `w${w}` }));
          if (n % 3 === 0) {
            // Appends, then lingers before the commit: a later appender must not be seen before it.
            await storage.transaction(async (tx) => {
              await tx.outbox.add(records);
              await sleep(Math.random() * 3);
            });
          } else {
            await log.append(records);
          }
        }
      };
      const total = WRITERS * APPENDS * 2;
      const seen: LogRecord[] = [];
      let writing = true;
    let writersDone = Infinity;
      const reader = (async () => {
        let cursor = 0;
        // A skipped record would never show up: 2 s after the writers are done, the reader gives up.
        while (writing || (seen.length < total && Date.now() < writersDone + 2000)) {
          const page = await backend.log.read('t', cursor, 50);
          seen.push(...page);
          cursor = page.at(-1)?.position ?? cursor;
          if (page.length === 0) await sleep(1);
        }
      })();
      await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
      writing = false;
    writersDone = Date.now();
      await reader;

      expect(seen).toHaveLength(total);
      expect(new Set(seen.map((r) => r.message.id)).size).toBe(total);
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.position).toBeGreaterThan(seen[i - 1]!.position);
      expect(await backend.log.lastPosition('t')).toBe(seen.at(-1)!.position);
    } finally {
      await other.close();
    }
  });
});
