import { ConcurrencyError, MessageRegistry, MessageValidationError, type Storage } from '@mallbots/eda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openConnections } from './connection.js';
import { createSqliteStorage, type SqliteTx } from './sqlite-storage.js';
import { tempDir } from './test-support.js';
import { createWriteCoordinator } from './write-coordinator.js';

/** Focused tests of what the shared conformance suite cannot see: the SQLite specifics. */
describe('sqlite event store', () => {
  let dir: ReturnType<typeof tempDir>;
  let storage: Storage<SqliteTx>;
  const open = (registry?: MessageRegistry) => createSqliteStorage(createWriteCoordinator(openConnections(dir.file())), { registry });
  beforeEach(() => {
    dir = tempDir();
    storage = open();
  });
  afterEach(async () => {
    await storage.close();
    dir.cleanup();
  });

  it('appends with contiguous versions and increasing positions, and reads them back', async () => {
    const first = await storage.events.append('s-1', [{ type: 'A', data: { n: 1 } }, { type: 'B', data: { n: 2 } }], { expectedVersion: 'no_stream' });
    const second = await storage.events.append('s-1', [{ type: 'A', data: { n: 3 }, metadata: { correlationId: 'c' } }], { expectedVersion: 2 });
    expect(first.nextExpectedVersion).toBe(2);
    expect(second.nextExpectedVersion).toBe(3);
    expect(second.positions[0]).toBeGreaterThan(first.positions[1]!);
    const events = await storage.events.readStream('s-1');
    expect(events.map((e) => [e.version, e.type, e.data])).toEqual([
      [1, 'A', { n: 1 }],
      [2, 'B', { n: 2 }],
      [3, 'A', { n: 3 }],
    ]);
    expect(events[2]!.metadata).toMatchObject({ correlationId: 'c', kind: 'event' });
    expect(events[0]!.occurredAt).toBeInstanceOf(Date);
    expect(await storage.events.streamVersion('s-1')).toBe(3);
    expect(await storage.events.streamVersion('none')).toBe(0);
  });

  it('names expected and actual versions on a conflict and writes nothing', async () => {
    await storage.events.append('s-1', [{ type: 'A', data: {} }]);
    const error = await storage.events.append('s-1', [{ type: 'A', data: {} }], { expectedVersion: 'no_stream' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ streamId: 's-1', expected: 'no_stream', actual: 1 });
    await expect(storage.events.append('s-2', [], { expectedVersion: 'exists' })).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await storage.events.streamVersion('s-1')).toBe(1);
  });

  it('lets exactly one of many racing writers win, also when some are inside transactions', async () => {
    await storage.events.append('s-1', [{ type: 'A', data: {} }]);
    const attempts = Array.from({ length: 10 }, (_, i) =>
      i % 2 === 0
        ? storage.events.append('s-1', [{ type: 'A', data: { i } }], { expectedVersion: 1 })
        : storage.transaction(async (tx) => tx.events.append('s-1', [{ type: 'A', data: { i } }], { expectedVersion: 1 })),
    );
    const results = await Promise.allSettled(attempts);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof ConcurrencyError)).toHaveLength(9);
    expect(await storage.events.streamVersion('s-1')).toBe(2);
  });

  it('reads the global order from a position, by type, with a limit, and a stream as of a time', async () => {
    const t0 = new Date('2024-01-01T00:00:00Z');
    const t1 = new Date('2024-01-02T00:00:00Z');
    await storage.events.append('a', [{ type: 'X', data: 1, occurredAt: t0 }]);
    await storage.events.append('b', [{ type: 'Y', data: 2, occurredAt: t0 }]);
    await storage.events.append('a', [{ type: 'X', data: 3, occurredAt: t1 }]);
    const all = await storage.events.readAll();
    expect(all.map((e) => e.data)).toEqual([1, 2, 3]);
    expect((await storage.events.readAll({ fromPosition: all[1]!.position })).map((e) => e.data)).toEqual([2, 3]);
    expect((await storage.events.readAll({ types: ['X'] })).map((e) => e.data)).toEqual([1, 3]);
    expect((await storage.events.readAll({ limit: 1 })).map((e) => e.data)).toEqual([1]);
    expect((await storage.events.readStream('a', { asOf: t0 })).map((e) => e.data)).toEqual([1]);
    expect((await storage.events.readStream('a', { fromVersion: 2 })).map((e) => e.data)).toEqual([3]);
  });

  it('validates on append and upcasts on read with a registry', async () => {
    await storage.events.append('s', [{ type: 'Priced', data: { cents: 5 } }]); // written as v1 (no registry)
    await storage.close();
    const registry = new MessageRegistry().register({
      type: 'Priced',
      version: 2,
      schema: z.object({ amount: z.object({ cents: z.number().int().min(0) }) }),
      upcasters: { 1: (data) => ({ amount: data }) },
    });
    storage = open(registry);
    await expect(storage.events.append('s', [{ type: 'Priced', data: { amount: { cents: -1 } } }])).rejects.toBeInstanceOf(
      MessageValidationError,
    );
    await storage.events.append('s', [{ type: 'Priced', data: { amount: { cents: 7 } } }]);
    const events = await storage.events.readStream('s');
    expect(events.map((e) => [e.data, e.schemaVersion])).toEqual([
      [{ amount: { cents: 5 } }, 1],
      [{ amount: { cents: 7 } }, 2],
    ]);
  });

  it('commits app tables, events, outbox and checkpoints of one transaction together, or none of them', async () => {
    await storage.transaction(async (tx) => tx.db.exec('CREATE TABLE orders (id TEXT PRIMARY KEY)'));
    const work = (fail: boolean) =>
      storage.transaction(async (tx) => {
        tx.db.prepare('INSERT INTO orders (id) VALUES (?)').run(fail ? 'bad' : 'good');
        await tx.events.append(fail ? 'bad' : 'good', [{ type: 'OrderCreated', data: {} }]);
        await tx.checkpoints.set(fail ? 'bad' : 'good', 1);
        await tx.outbox.add([{ topic: 'orders', message: { id: `m-${String(fail)}`, type: 'OrderCreated', data: {}, metadata: { correlationId: 'c', causationId: 'c' }, occurredAt: new Date() } }]);
        if (fail) throw new Error('rollback');
      });
    await work(false);
    await expect(work(true)).rejects.toThrow('rollback');
    expect(await storage.events.streamVersion('good')).toBe(1);
    expect(await storage.events.streamVersion('bad')).toBe(0);
    expect(await storage.checkpoints.get('good')).toBe(1);
    expect(await storage.checkpoints.get('bad')).toBeUndefined();
    const conn = openConnections(dir.file());
    expect(conn.reader.prepare('SELECT id FROM orders').pluck().all()).toEqual(['good']);
    expect(conn.reader.prepare('SELECT count(*) FROM log_records').pluck().get()).toBe(1);
    conn.reader.close();
    conn.writer.close();
  });

  it('wakes onEventsAppended listeners after the commit, not before and not on rollback', async () => {
    let seen: number[] = [];
    storage.onEventsAppended(() => void storage.events.readAll().then((all) => (seen = all.map((e) => e.position))));
    let calls = 0;
    storage.onEventsAppended(() => calls++);
    await storage.transaction(async (tx) => {
      await tx.events.append('s', [{ type: 'A', data: {} }]);
      expect(calls).toBe(0);
    });
    expect(calls).toBe(1);
    await expect(
      storage.transaction(async (tx) => {
        await tx.events.append('s', [{ type: 'A', data: {} }]);
        throw new Error('no');
      }),
    ).rejects.toThrow();
    await storage.events.append('s', []);
    expect(calls).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toHaveLength(1);
  });
});
