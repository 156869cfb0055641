import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openConnections } from './connection.js';
import { tempDir } from './test-support.js';
import { createWriteCoordinator, type WriteCoordinator, type WriteScope } from './write-coordinator.js';

describe('write coordinator', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: WriteCoordinator;
  beforeEach(async () => {
    dir = tempDir();
    db = createWriteCoordinator(openConnections(dir.file()));
    await db.outside.write(({ sql }) => sql.db.exec('CREATE TABLE t (x INTEGER)'));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.close();
    dir.cleanup();
  });

  const insert = (x: number) => (scope: WriteScope) => scope.sql.get('INSERT INTO t (x) VALUES (?)').run(x);
  const committed = () => db.outside.read.pluck('SELECT x FROM t ORDER BY rowid').all();
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

  it('commits a write outside a transaction at once, visible to the reader', async () => {
    await db.outside.write(insert(1));
    expect(committed()).toEqual([1]);
  });

  it('keeps an open transaction invisible to outside reads, and queues outside writes behind it', async () => {
    let resume!: () => void;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    const tx = db.transaction(async (scope) => {
      await db.inside(scope).write(insert(1));
      expect(db.inside(scope).read.pluck('SELECT count(*) FROM t').get()).toBe(1);
      await paused;
      await db.inside(scope).write(insert(2));
    });
    await tick();
    expect(committed()).toEqual([]);
    const outside = db.outside.write(insert(3));
    await tick();
    expect(committed()).toEqual([]);
    resume();
    await Promise.all([tx, outside]);
    expect(committed()).toEqual([1, 2, 3]);
  });

  it('rolls back everything when the work throws, and wakes no one', async () => {
    let woken = 0;
    db.onTopicAppended(() => woken++);
    await expect(
      db.transaction(async (scope) => {
        await db.inside(scope).write((s) => {
          insert(1)(s);
          s.topics.add('t');
        });
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(committed()).toEqual([]);
    expect(woken).toBe(0);
  });

  it('makes a failing write inside a transaction atomic (savepoint) without ending the transaction', async () => {
    await db.transaction(async (scope) => {
      const access = db.inside(scope);
      await expect(
        access.write((s) => {
          insert(1)(s);
          throw new Error('half');
        }),
      ).rejects.toThrow('half');
      await access.write(insert(2));
    });
    expect(committed()).toEqual([2]);
  });

  it('calls listeners synchronously after the commit, once per topic', async () => {
    const calls: string[] = [];
    db.onEventsAppended(() => calls.push(`events:${String(db.outside.read.pluck('SELECT count(*) FROM t').get())}`));
    db.onTopicAppended((topic) => calls.push(`topic:${topic}`));
    const done = db.transaction(async (scope) => {
      await db.inside(scope).write((s) => {
        insert(1)(s);
        s.eventsAppended = true;
        s.topics.add('a');
        s.topics.add('a');
      });
    });
    await done;
    expect(calls).toEqual(['events:1', 'topic:a']);
    await db.outside.write((s) => s.topics.add('b'));
    expect(calls).toEqual(['events:1', 'topic:a', 'topic:b']);
  });

  it('keeps a write committed and the other listeners called when a listener throws, and reports the error', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const boom = new Error('listener down');
    const woken: string[] = [];
    db.onTopicAppended(() => {
      throw boom;
    });
    db.onTopicAppended((topic) => woken.push(topic));
    await db.outside.write((s) => {
      insert(1)(s);
      s.topics.add('a');
    });
    expect(committed()).toEqual([1]);
    expect(woken).toEqual(['a']);
    expect(consoleError).toHaveBeenCalledWith(expect.any(String), boom);
  });

  it('refuses a write through the outside handle from inside a transaction instead of deadlocking', async () => {
    await expect(db.transaction(async () => db.outside.write(insert(1)))).rejects.toThrow(/tx handle/);
    await expect(db.transaction(async () => db.transaction(async () => undefined))).rejects.toThrow(/inside a transaction/);
    expect(committed()).toEqual([]);
  });

  it('refuses a tx handle used after its transaction ended', async () => {
    const access = await db.transaction(async (scope) => db.inside(scope));
    await expect(access.write(insert(1))).rejects.toThrow(/ended/);
  });

  it('runs queued transactions one at a time in arrival order', async () => {
    const order: string[] = [];
    await Promise.all(
      [1, 2, 3].map((n) =>
        db.transaction(async (scope) => {
          order.push(`begin ${n}`);
          await tick();
          await db.inside(scope).write(insert(n));
          order.push(`end ${n}`);
        }),
      ),
    );
    expect(order).toEqual(['begin 1', 'end 1', 'begin 2', 'end 2', 'begin 3', 'end 3']);
    expect(committed()).toEqual([1, 2, 3]);
  });

  it('closes only after the open transaction finished', async () => {
    const tx = db.transaction(async (scope) => {
      await tick();
      await db.inside(scope).write(insert(1));
    });
    await db.close();
    await tx;
    await expect(db.outside.write(insert(2))).rejects.toThrow(/closed/);
  });
});
