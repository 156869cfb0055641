/**
 * The conformance suite every `Storage` adapter runs: event store, snapshots, outbox, inbox,
 * checkpoints, sagas and transactions. An adapter passes it or is not an adapter.
 *
 * Usage, in the adapter's `*.test.ts` (this is the gist of the memory adapter's; the SQLite
 * adapter's `sqlite-storage.test.ts` opens its file again in `reopen` and reads `published` from
 * its message log):
 *
 * ```ts
 * runEventStoreConformance('memory', async ({ registry }) => {
 *   const published: OutgoingMessage[] = [];
 *   const open = (storage: MemoryStorage): ConformanceHandle => ({
 *     storage,
 *     published: async () => [...published],
 *     reopen: async (o) => open(storage.view({ registry: o.registry })),
 *     close: () => storage.close(),
 *   });
 *   return open(createMemoryStorage({ registry, publish: async (m) => void published.push(...m) }));
 * });
 * ```
 *
 * Factory contract (`ConformanceFactory`):
 * - Called once or more per test with the test's registry (or none). Return a handle on a
 *   storage that uses that registry for validation and upcasting. A fresh, empty store per call is
 *   simplest, but a shared database works too: every test uses fresh stream, type, topic, consumer,
 *   checkpoint and saga names and filters global reads to its own types.
 * - `published()` returns every outgoing message the storage's outbox has published so far (at
 *   least those of this handle), in publish order. For an adapter that publishes through a
 *   callback, collect them there; for one whose outbox writes a message log, read the log.
 * - `reopen({ registry })` returns a second handle on the SAME persisted data with another
 *   registry, as a newer build of the service would open it: the upcasting test writes with
 *   schema version 1 and reads with version 2 through it. Memory: a view sharing the data; a file
 *   or server database: open it again.
 * - `close()` releases the handle. The suite closes every handle it opened after each test,
 *   reopened handles first.
 *
 * `features` tunes the suite for an adapter; the defaults are the guarantees, so only lower them
 * with a written reason.
 *
 * Trap: a transaction must be able to stay open across `await`s while plain (non-transaction)
 * calls are made on the same storage; the isolation and "readAll never skips" tests do exactly
 * that. A plain WRITE may wait for the open transaction or run beside it. A plain READ must not
 * wait for it (the tests read while holding the transaction open, so waiting would hang them) and
 * must not see its writes: an adapter on a single connection (better-sqlite3) needs a separate
 * read connection.
 */
import { describe, it, expect, afterEach, vi } from 'vitest';
import { z } from 'zod';
import { loadAggregate, maybeSnapshot, type SnapshotPolicy } from '../aggregate.js';
import type { Decider } from '../decider.js';
import { ConcurrencyError, MessageValidationError, UnknownMessageTypeError } from '../errors.js';
import { DEFAULT_READ_ALL_LIMIT, type ExpectedVersion, type NewEvent, type StoredEvent } from '../event-store.js';
import { newId } from '../ids.js';
import { createEvent, newTraceparent } from '../message.js';
import { MessageRegistry } from '../registry.js';
import type { OutgoingMessage, Storage } from '../storage.js';

export interface ConformanceHandle {
  storage: Storage;
  /** Every outgoing message published so far by this storage's outbox, in publish order. */
  published(): Promise<OutgoingMessage[]>;
  /** A second handle on the same persisted data, using `registry`. */
  reopen(options: { registry?: MessageRegistry }): Promise<ConformanceHandle>;
  close(): Promise<void>;
}

export type ConformanceFactory = (options: { registry?: MessageRegistry }) => Promise<ConformanceHandle>;

export interface ConformanceFeatures {
  /** How many appenders race for one expected version (default 20). */
  racingWriters?: number;
  /** How long a plain append may take to block or finish beside an open transaction (default 50 ms). */
  settleMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const errorOf = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

const expectConcurrencyError = async (
  promise: Promise<unknown>,
  streamId: string,
  expected: ExpectedVersion,
  actual: number,
): Promise<void> => {
  const error = await errorOf(promise);
  expect(error).toBeInstanceOf(ConcurrencyError);
  expect(error).toMatchObject({ streamId, expected, actual });
  expect(String(error)).toContain(streamId);
};

class Rollback extends Error {
  override readonly name = 'Rollback';
}

/** A small decider for the snapshot and time-travel tests: a running total with its history. */
interface TallyState {
  total: number;
  amounts: number[];
}
type TallyEvent = { type: string; data: { amount: number } };
const tally: Decider<TallyState, TallyEvent, TallyEvent> = {
  initialState: () => ({ total: 0, amounts: [] }),
  evolve: (state, event) => ({ total: state.total + event.data.amount, amounts: [...state.amounts, event.data.amount] }),
  decide: (command) => [command],
};

export const runEventStoreConformance = (
  name: string,
  factory: ConformanceFactory,
  features: ConformanceFeatures = {},
): void => {
  const racingWriters = features.racingWriters ?? 20;
  const settleMs = features.settleMs ?? 50;

  describe(`event store conformance: ${name}`, () => {
    const handles: ConformanceHandle[] = [];
    const open = async (registry?: MessageRegistry): Promise<ConformanceHandle> => {
      const handle = await factory({ registry });
      handles.push(handle);
      return handle;
    };
    const reopen = async (handle: ConformanceHandle, registry?: MessageRegistry): Promise<ConformanceHandle> => {
      const view = await handle.reopen({ registry });
      handles.push(view);
      return view;
    };
    afterEach(async () => {
      for (const handle of handles.splice(0).reverse()) await handle.close();
    });

    const fresh = (label: string): string => `${label}-${newId()}`;
    const event = (type: string, data: unknown, extra: Partial<NewEvent> = {}): NewEvent => ({ type, data, ...extra });
    const day = (n: number): Date => new Date(Date.UTC(2024, 0, n, 12));

    describe('append and read', () => {
      it('round-trips id, type, data, metadata, occurredAt, version and position', async () => {
        const { storage } = await open();
        const streamId = fresh('order');
        const type = fresh('test.Happened');
        const id = newId();
        const traceparent = newTraceparent();
        const data = { text: 'hé', n: 1.5, ok: true, none: null, list: [1, 'two', { three: 3 }] };
        const result = await storage.events.append(streamId, [
          event(type, data, {
            id,
            occurredAt: day(1),
            metadata: { correlationId: 'corr-1', causationId: 'cause-1', traceparent, tenant: 'mall-7' },
          }),
          event(type, { text: 'second' }),
        ]);

        expect(result.nextExpectedVersion).toBe(2);
        expect(result.positions).toHaveLength(2);
        expect(result.positions[1]!).toBeGreaterThan(result.positions[0]!);

        const stored = await storage.events.readStream(streamId);
        expect(stored).toHaveLength(2);
        const [first, second] = stored as [StoredEvent, StoredEvent];
        expect(first).toMatchObject({
          id,
          type,
          data,
          streamId,
          version: 1,
          position: result.positions[0],
          schemaVersion: 1,
          metadata: { correlationId: 'corr-1', causationId: 'cause-1', traceparent, tenant: 'mall-7', kind: 'event' },
        });
        expect(first.occurredAt).toBeInstanceOf(Date);
        expect(first.occurredAt.getTime()).toBe(day(1).getTime());

        // Without a cause an event starts its own workflow.
        expect(second.id).toMatch(/^[0-9a-f-]{36}$/);
        expect(second.metadata).toMatchObject({ correlationId: second.id, causationId: second.id, kind: 'event' });
        expect(second.metadata.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
        expect(second).toMatchObject({ version: 2, position: result.positions[1] });

        expect(await storage.events.streamVersion(streamId)).toBe(2);
        expect(await storage.events.streamVersion(fresh('none'))).toBe(0);
        expect(await storage.events.lastPosition()).toBeGreaterThanOrEqual(result.positions[1]!);
        expect(await storage.events.readStream(fresh('none'))).toEqual([]);
        const all = await storage.events.readAll({ types: [type] });
        expect(all).toEqual(stored);
      });

      it('keeps stored events safe from callers mutating what they passed in or read out', async () => {
        const { storage } = await open();
        const streamId = fresh('mutable');
        const data = { items: ['a'] };
        await storage.events.append(streamId, [event('test.Mutable', data)]);
        data.items.push('b');
        const [read] = await storage.events.readStream(streamId);
        (read!.data as { items: string[] }).items.push('c');
        const [again] = await storage.events.readStream(streamId);
        expect(again!.data).toEqual({ items: ['a'] });
      });
    });

    describe('expected version', () => {
      it('a number is the version of the last event (0: no events)', async () => {
        const { storage } = await open();
        const streamId = fresh('numbered');
        await storage.events.append(streamId, [event('test.A', 1)], { expectedVersion: 0 });
        await expectConcurrencyError(storage.events.append(streamId, [event('test.A', 2)], { expectedVersion: 0 }), streamId, 0, 1);
        await expectConcurrencyError(storage.events.append(streamId, [event('test.A', 2)], { expectedVersion: 2 }), streamId, 2, 1);
        const next = await storage.events.append(streamId, [event('test.A', 2), event('test.A', 3)], { expectedVersion: 1 });
        expect(next.nextExpectedVersion).toBe(3);
        expect((await storage.events.readStream(streamId)).map((e) => e.data)).toEqual([1, 2, 3]);
      });

      it("'no_stream' requires an empty stream, 'exists' a non-empty one, 'any' and the default check nothing", async () => {
        const { storage } = await open();
        const streamId = fresh('keywords');
        await expectConcurrencyError(storage.events.append(streamId, [event('test.A', 0)], { expectedVersion: 'exists' }), streamId, 'exists', 0);
        await storage.events.append(streamId, [event('test.A', 1)], { expectedVersion: 'no_stream' });
        await expectConcurrencyError(
          storage.events.append(streamId, [event('test.A', 2)], { expectedVersion: 'no_stream' }),
          streamId,
          'no_stream',
          1,
        );
        await storage.events.append(streamId, [event('test.A', 2)], { expectedVersion: 'exists' });
        await storage.events.append(streamId, [event('test.A', 3)], { expectedVersion: 'any' });
        await storage.events.append(streamId, [event('test.A', 4)]);
        expect(await storage.events.streamVersion(streamId)).toBe(4);
      });

      it('appending no events only checks the version', async () => {
        const { storage } = await open();
        const streamId = fresh('empty-append');
        await storage.events.append(streamId, [event('test.A', 1)]);
        expect(await storage.events.append(streamId, [], { expectedVersion: 1 })).toEqual({ nextExpectedVersion: 1, positions: [] });
        await expectConcurrencyError(storage.events.append(streamId, [], { expectedVersion: 3 }), streamId, 3, 1);
      });

      it(`of ${racingWriters} appenders racing with the same expected version exactly one wins`, async () => {
        const { storage } = await open();
        const streamId = fresh('race');
        await storage.events.append(streamId, [event('test.Opened', {})]);
        const results = await Promise.allSettled(
          Array.from({ length: racingWriters }, (_, writer) =>
            storage.events.append(streamId, [event('test.Won', { writer }), event('test.Won', { writer })], { expectedVersion: 1 }),
          ),
        );
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(racingWriters - 1);
        for (const { reason } of lost) {
          expect(reason).toBeInstanceOf(ConcurrencyError);
          expect(reason).toMatchObject({ streamId, expected: 1, actual: 3 });
        }
        const stored = await storage.events.readStream(streamId);
        expect(stored.map((e) => e.version)).toEqual([1, 2, 3]);
        expect(new Set(stored.slice(1).map((e) => (e.data as { writer: number }).writer)).size).toBe(1);
      });

      it(`of ${racingWriters} appenders racing to create a stream with 'no_stream' exactly one wins`, async () => {
        const { storage } = await open();
        const streamId = fresh('race-create');
        const results = await Promise.allSettled(
          Array.from({ length: racingWriters }, (_, writer) =>
            storage.events.append(streamId, [event('test.Created', { writer })], { expectedVersion: 'no_stream' }),
          ),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConcurrencyError);
        expect(await storage.events.streamVersion(streamId)).toBe(1);
      });
    });

    describe('transactions', () => {
      it('commit everything together and return the work result', async () => {
        const { storage } = await open();
        const [a, b] = [fresh('tx-a'), fresh('tx-b')];
        const value = await storage.transaction(async (tx) => {
          await tx.events.append(a, [event('test.A', 1)]);
          await tx.events.append(b, [event('test.B', 1)]);
          // Inside, the transaction reads its own writes.
          expect(await tx.events.streamVersion(a)).toBe(1);
          expect((await tx.events.readStream(b)).map((e) => e.data)).toEqual([1]);
          return 'done';
        });
        expect(value).toBe('done');
        expect(await storage.events.streamVersion(a)).toBe(1);
        expect(await storage.events.streamVersion(b)).toBe(1);
      });

      it('show nothing outside before commit', async () => {
        const { storage } = await open();
        const streamId = fresh('isolated');
        const type = fresh('test.Isolated');
        let signal!: () => void;
        const written = new Promise<void>((resolve) => (signal = resolve));
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        const headBefore = await storage.events.lastPosition();
        let headInside = 0;
        const pending = storage.transaction(async (tx) => {
          const { positions } = await tx.events.append(streamId, [event(type, 1)]);
          await tx.checkpoints.set(streamId, 1);
          headInside = await tx.events.lastPosition();
          expect(headInside).toBe(positions[0]);
          signal();
          await gate;
        });
        await written;
        expect(await storage.events.lastPosition()).toBe(headBefore);
        expect(await storage.events.readStream(streamId)).toEqual([]);
        expect(await storage.events.streamVersion(streamId)).toBe(0);
        expect(await storage.events.readAll({ types: [type] })).toEqual([]);
        expect(await storage.checkpoints.get(streamId)).toBeUndefined();
        release();
        await pending;
        expect(await storage.events.streamVersion(streamId)).toBe(1);
        expect(await storage.checkpoints.get(streamId)).toBe(1);
        expect(await storage.events.lastPosition()).toBeGreaterThanOrEqual(headInside);
      });

      it('that throw leave nothing behind and rethrow the error', async () => {
        const handle = await open();
        const { storage } = handle;
        const [a, b] = [fresh('rollback-a'), fresh('rollback-b')];
        const type = fresh('test.RolledBack');
        const topic = fresh('topic');
        const [consumer, checkpoint, sagaName] = [fresh('consumer'), fresh('checkpoint'), fresh('saga')];
        const failure = new Rollback('no');
        const error = await errorOf(
          storage.transaction(async (tx) => {
            await tx.events.append(a, [event(type, 1)]);
            await tx.events.append(b, [event(type, 2), event(type, 3)]);
            await tx.snapshots.save({ streamId: a, name: 'tally', version: 1, state: { total: 1 } });
            await tx.outbox.add([{ topic, message: createEvent('test.Out', {}) }]);
            await tx.inbox.record(consumer, 'message-1');
            await tx.checkpoints.set(checkpoint, 9);
            await tx.sagas.save({ sagaName, id: 's1', status: 'running', step: 0, data: {}, deadline: null, reason: null }, 0);
            throw failure;
          }),
        );
        expect(error).toBe(failure);
        expect(await storage.events.streamVersion(a)).toBe(0);
        expect(await storage.events.streamVersion(b)).toBe(0);
        expect(await storage.events.readAll({ types: [type] })).toEqual([]);
        expect(await storage.snapshots.load(a, 'tally')).toBeUndefined();
        expect((await handle.published()).filter((m) => m.topic === topic)).toEqual([]);
        expect(await storage.inbox.has(consumer, 'message-1')).toBe(false);
        expect(await storage.checkpoints.get(checkpoint)).toBeUndefined();
        expect(await storage.sagas.load(sagaName, 's1')).toBeUndefined();
        // The streams are still usable from scratch.
        await storage.events.append(a, [event(type, 1)], { expectedVersion: 'no_stream' });
      });

      it('whose second append conflicts keep none of the first', async () => {
        const { storage } = await open();
        const [a, b] = [fresh('partial-a'), fresh('partial-b')];
        await storage.events.append(b, [event('test.B', 1)]);
        const error = await errorOf(
          storage.transaction(async (tx) => {
            await tx.events.append(a, [event('test.A', 1)]);
            await tx.events.append(b, [event('test.B', 2)], { expectedVersion: 'no_stream' });
          }),
        );
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(await storage.events.streamVersion(a)).toBe(0);
        expect(await storage.events.streamVersion(b)).toBe(1);
      });
    });

    describe('readStream', () => {
      it('returns version ranges and time travels with asOf', async () => {
        const { storage } = await open();
        const streamId = fresh('ranges');
        await storage.events.append(
          streamId,
          [1, 2, 3, 4, 5].map((n) => event('test.Tick', n, { occurredAt: day(n) })),
        );
        const versions = async (options: Parameters<typeof storage.events.readStream>[1]) =>
          (await storage.events.readStream(streamId, options)).map((e) => e.version);
        expect(await versions({})).toEqual([1, 2, 3, 4, 5]);
        expect(await versions({ fromVersion: 2 })).toEqual([2, 3, 4, 5]);
        expect(await versions({ toVersion: 3 })).toEqual([1, 2, 3]);
        expect(await versions({ fromVersion: 2, toVersion: 4 })).toEqual([2, 3, 4]);
        expect(await versions({ fromVersion: 6 })).toEqual([]);
        expect(await versions({ asOf: day(3) })).toEqual([1, 2, 3]);
        expect(await versions({ asOf: new Date(day(3).getTime() + 1) })).toEqual([1, 2, 3]);
        expect(await versions({ asOf: new Date(day(1).getTime() - 1) })).toEqual([]);
        expect(await versions({ fromVersion: 2, asOf: day(4) })).toEqual([2, 3, 4]);
      });
    });

    describe('readAll', () => {
      it('returns events in global order with limit, types and fromPosition', async () => {
        const { storage } = await open();
        const [typeA, typeB, typeC] = [fresh('test.A'), fresh('test.B'), fresh('test.C')];
        const [s1, s2] = [fresh('all-1'), fresh('all-2')];
        await storage.events.append(s1, [event(typeA, 1)]);
        await storage.events.append(s2, [event(typeB, 2), event(typeC, 3)]);
        await storage.events.append(s1, [event(typeA, 4)]);
        await storage.events.append(s2, [event(typeB, 5)]);
        const types = [typeA, typeB, typeC];

        const all = await storage.events.readAll({ types });
        expect(all.map((e) => e.data)).toEqual([1, 2, 3, 4, 5]);
        for (let i = 1; i < all.length; i++) expect(all[i]!.position).toBeGreaterThan(all[i - 1]!.position);
        expect(all.map((e) => e.streamId)).toEqual([s1, s2, s2, s1, s2]);

        expect((await storage.events.readAll({ types, limit: 2 })).map((e) => e.data)).toEqual([1, 2]);
        expect((await storage.events.readAll({ types, fromPosition: all[2]!.position })).map((e) => e.data)).toEqual([3, 4, 5]);
        expect(
          (await storage.events.readAll({ types, fromPosition: all[1]!.position + 1, limit: 2 })).map((e) => e.data),
        ).toEqual([3, 4]);
        expect((await storage.events.readAll({ types: [typeB] })).map((e) => e.data)).toEqual([2, 5]);
        expect(await storage.events.readAll({ types, fromPosition: all[4]!.position + 1 })).toEqual([]);

        const unfiltered = await storage.events.readAll({ fromPosition: all[0]!.position, limit: 1 });
        expect(unfiltered.map((e) => e.id)).toEqual([all[0]!.id]);
      });

      it('returns a page of DEFAULT_READ_ALL_LIMIT events without a limit', async () => {
        const { storage } = await open();
        const type = fresh('test.Page');
        const streamId = fresh('page');
        await storage.events.append(streamId, Array.from({ length: DEFAULT_READ_ALL_LIMIT + 1 }, (_, n) => event(type, n)));
        const page = await storage.events.readAll({ types: [type] });
        expect(page).toHaveLength(DEFAULT_READ_ALL_LIMIT);
        expect(page.at(-1)!.version).toBe(DEFAULT_READ_ALL_LIMIT);
      });

      it('never skips an event that a slower transaction commits later', async () => {
        const { storage } = await open();
        const [typeA, typeB] = [fresh('test.Slow'), fresh('test.Fast')];
        const types = [typeA, typeB];
        const [a, b] = [fresh('slow'), fresh('fast')];

        let signal!: () => void;
        const started = new Promise<void>((resolve) => (signal = resolve));
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        const slow = storage.transaction(async (tx) => {
          await tx.events.append(a, [event(typeA, 'e1')]);
          signal();
          await gate;
        });
        await started;

        // May wait for the open transaction or finish beside it; either way it must not be skipped.
        const fast = storage.events.append(b, [event(typeB, 'e2')]);
        const fastSettled = fast.then(
          () => undefined,
          () => undefined,
        );
        await Promise.race([fastSettled, sleep(settleMs)]);

        const firstRead = await storage.events.readAll({ types });
        const checkpoint = firstRead.at(-1)?.position ?? 0;
        release();
        await slow;
        await fast;
        const secondRead = await storage.events.readAll({ types, fromPosition: checkpoint + 1 });

        const seen = [...firstRead, ...secondRead];
        expect(seen.map((e) => e.data).sort()).toEqual(['e1', 'e2']);
        for (let i = 1; i < seen.length; i++) expect(seen[i]!.position).toBeGreaterThan(seen[i - 1]!.position);
      });
    });

    describe('registry', () => {
      const orderPlaced = () =>
        new MessageRegistry().register({
          type: 'test.OrderPlaced',
          schema: z.object({ orderId: z.string(), amount: z.number().int().positive(), note: z.string().default('none') }),
        });

      it('refuses an invalid payload naming type and field, and stores nothing of the append', async () => {
        const { storage } = await open(orderPlaced());
        const streamId = fresh('validated');
        const error = await errorOf(
          storage.events.append(streamId, [
            event('test.OrderPlaced', { orderId: 'o1', amount: 5 }),
            event('test.OrderPlaced', { orderId: 'o2', amount: -1 }),
          ]),
        );
        expect(error).toBeInstanceOf(MessageValidationError);
        expect(error).toMatchObject({ messageType: 'test.OrderPlaced', issues: [expect.objectContaining({ path: 'amount' })] });
        expect(String(error)).toContain('test.OrderPlaced');
        expect(String(error)).toContain('amount');
        expect(await storage.events.streamVersion(streamId)).toBe(0);
      });

      it('refuses an unknown type', async () => {
        const { storage } = await open(orderPlaced());
        const streamId = fresh('unknown');
        const error = await errorOf(storage.events.append(streamId, [event('test.Unregistered', {})]));
        expect(error).toBeInstanceOf(UnknownMessageTypeError);
        expect(await storage.events.streamVersion(streamId)).toBe(0);
      });

      it('stores the parsed payload', async () => {
        const { storage } = await open(orderPlaced());
        const streamId = fresh('parsed');
        await storage.events.append(streamId, [event('test.OrderPlaced', { orderId: 'o1', amount: 5, extra: 'dropped' })]);
        const [stored] = await storage.events.readStream(streamId);
        expect(stored!.data).toEqual({ orderId: 'o1', amount: 5, note: 'none' });
      });

      it('refuses invalid outgoing messages in the outbox and publishes none of them', async () => {
        const handle = await open(orderPlaced());
        const topic = fresh('topic');
        const valid = createEvent('test.OrderPlaced', { orderId: 'o1', amount: 1 });
        const invalid = createEvent('test.OrderPlaced', { orderId: 'o2', amount: 0 });
        const unknown = createEvent('test.Unregistered', {});
        expect(await errorOf(handle.storage.outbox.add([{ topic, message: valid }, { topic, message: invalid }]))).toBeInstanceOf(
          MessageValidationError,
        );
        expect(await errorOf(handle.storage.outbox.add([{ topic, message: unknown }]))).toBeInstanceOf(UnknownMessageTypeError);
        const error = await errorOf(
          handle.storage.transaction(async (tx) => {
            await tx.outbox.add([{ topic, message: valid }]);
            await tx.outbox.add([{ topic, message: invalid }]);
          }),
        );
        expect(error).toBeInstanceOf(MessageValidationError);
        expect((await handle.published()).filter((m) => m.topic === topic)).toEqual([]);
      });

      it('upcasts events written with an older schema version when read with a newer registry', async () => {
        const v1 = new MessageRegistry().register({ type: 'test.Named', schema: z.object({ name: z.string() }) });
        const v2 = new MessageRegistry().register({
          type: 'test.Named',
          version: 2,
          schema: z.object({ name: z.string(), nickname: z.string() }),
          upcasters: { 1: (data) => ({ ...(data as { name: string }), nickname: (data as { name: string }).name.toLowerCase() }) },
        });
        const old = await open(v1);
        const streamId = fresh('upcast');
        await old.storage.events.append(streamId, [event('test.Named', { name: 'Ada' })]);

        const current = await reopen(old, v2);
        await current.storage.events.append(streamId, [event('test.Named', { name: 'Bob', nickname: 'bobby' })]);
        const stored = await current.storage.events.readStream(streamId);
        expect(stored.map((e) => [e.data, e.schemaVersion])).toEqual([
          [{ name: 'Ada', nickname: 'ada' }, 1],
          [{ name: 'Bob', nickname: 'bobby' }, 2],
        ]);
        const all = await current.storage.events.readAll({ types: ['test.Named'], fromPosition: stored[0]!.position });
        expect(all.filter((e) => e.streamId === streamId).map((e) => e.data)).toEqual(stored.map((e) => e.data));
        expect(
          await errorOf(current.storage.events.append(streamId, [event('test.Named', { name: 'Old shape' })])),
        ).toBeInstanceOf(MessageValidationError);
      });
    });

    describe('snapshots and aggregates', () => {
      it('keep the latest snapshot per stream and name, and ignore those above maxVersion', async () => {
        const { storage } = await open();
        const streamId = fresh('snap');
        await storage.snapshots.save({ streamId, name: 'tally', version: 3, state: { total: 3 } });
        await storage.snapshots.save({ streamId, name: 'tally', version: 6, state: { total: 6 } });
        await storage.snapshots.save({ streamId, name: 'other', version: 1, state: { other: true } });
        expect(await storage.snapshots.load(streamId, 'tally')).toEqual({ streamId, name: 'tally', version: 6, state: { total: 6 } });
        expect(await storage.snapshots.load(streamId, 'other')).toMatchObject({ version: 1, state: { other: true } });
        expect(await storage.snapshots.load(streamId, 'missing')).toBeUndefined();
        const older = await storage.snapshots.load(streamId, 'tally', { maxVersion: 5 });
        // An adapter may keep only the latest (undefined here) or older ones too.
        if (older) expect(older.version).toBeLessThanOrEqual(5);
        const loaded = await storage.snapshots.load(streamId, 'tally');
        (loaded!.state as { total: number }).total = 100;
        expect((await storage.snapshots.load(streamId, 'tally'))!.state).toEqual({ total: 6 });
      });

      it('snapshot + tail equals a full replay, with a snapshot every N events', async () => {
        const { storage } = await open();
        const streamId = fresh('tally');
        const policy: SnapshotPolicy<TallyState> = { name: 'tally-v1', every: 3 };
        for (let amount = 1; amount <= 10; amount++) {
          const before = await loadAggregate(storage, tally, streamId, { snapshot: policy });
          const { nextExpectedVersion } = await storage.events.append(streamId, [event('test.Added', { amount })], {
            expectedVersion: before.version,
          });
          const state = tally.evolve(before.state, { type: 'test.Added', data: { amount } });
          const saved = await maybeSnapshot(storage, policy, streamId, { state, version: nextExpectedVersion, previousVersion: before.version });
          expect(saved).toBe(nextExpectedVersion % 3 === 0);
        }
        const replay = await loadAggregate(storage, tally, streamId);
        const fast = await loadAggregate(storage, tally, streamId, { snapshot: policy });
        expect(replay).toEqual({ state: { total: 55, amounts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, version: 10, snapshotVersion: 0 });
        expect(fast).toEqual({ ...replay, snapshotVersion: 9 });
        const atSeven = await loadAggregate(storage, tally, streamId, { snapshot: policy, asOfVersion: 7 });
        expect(atSeven.state).toEqual({ total: 28, amounts: [1, 2, 3, 4, 5, 6, 7] });
        expect(atSeven.version).toBe(7);
        expect(atSeven.snapshotVersion).toBeLessThanOrEqual(7);
      });

      it('time travels by version and by time', async () => {
        const { storage } = await open();
        const streamId = fresh('travel');
        await storage.events.append(
          streamId,
          [10, 20, 30, 40].map((amount, i) => event('test.Added', { amount }, { occurredAt: day(i + 1) })),
        );
        await storage.snapshots.save({ streamId, name: 'tally-v1', version: 4, state: { total: 100, amounts: [10, 20, 30, 40] } });
        const policy: SnapshotPolicy<TallyState> = { name: 'tally-v1', every: 2 };
        expect(await loadAggregate(storage, tally, streamId, { asOfVersion: 2 })).toMatchObject({ state: { total: 30 }, version: 2 });
        expect(await loadAggregate(storage, tally, streamId, { snapshot: policy, asOfVersion: 3 })).toMatchObject({
          state: { total: 60 },
          version: 3,
        });
        expect(await loadAggregate(storage, tally, streamId, { snapshot: policy, asOf: day(2) })).toEqual({
          state: { total: 30, amounts: [10, 20] },
          version: 2,
          snapshotVersion: 0,
        });
        expect(await loadAggregate(storage, tally, streamId, { asOf: new Date(day(1).getTime() - 1) })).toMatchObject({
          state: { total: 0 },
          version: 0,
        });
      });
    });

    describe('outbox', () => {
      const outgoing = (topic: string, label: string, key?: string): OutgoingMessage => ({
        topic,
        key,
        message: createEvent('test.Outgoing', { label }, { tenant: 'mall-7' }),
      });
      const summary = (messages: OutgoingMessage[], topic: string) =>
        messages
          .filter((m) => m.topic === topic)
          .map((m) => ({ topic: m.topic, key: m.key ?? m.message.id, message: { ...m.message, occurredAt: m.message.occurredAt.getTime() } }));

      it('publishes messages of a committed transaction after commit, in order, and never those of a rolled-back one', async () => {
        const handle = await open();
        const topic = fresh('topic');
        const [m1, m2, m3, m4, m5] = ['m1', 'm2', 'm3', 'm4', 'm5'].map((label, i) => outgoing(topic, label, i % 2 ? 'key-1' : undefined)) as [
          OutgoingMessage,
          OutgoingMessage,
          OutgoingMessage,
          OutgoingMessage,
          OutgoingMessage,
        ];
        await handle.storage.transaction(async (tx) => {
          await tx.outbox.add([m1, m2]);
          await tx.outbox.add([m3]);
        });
        await errorOf(
          handle.storage.transaction(async (tx) => {
            await tx.outbox.add([m4]);
            throw new Rollback('no');
          }),
        );
        await handle.storage.transaction(async (tx) => tx.outbox.add([m5]));
        await vi.waitFor(async () => expect(summary(await handle.published(), topic)).toHaveLength(4));
        expect(summary(await handle.published(), topic)).toEqual(summary([m1, m2, m3, m5], topic));
      });

      it('outside a transaction publishes directly', async () => {
        const handle = await open();
        const topic = fresh('topic');
        const message = outgoing(topic, 'direct', 'k');
        await handle.storage.outbox.add([message]);
        await vi.waitFor(async () => expect(summary(await handle.published(), topic)).toEqual(summary([message], topic)));
      });

      it('refuses the storage\'s own outbox.add from inside a transaction, so a rolled-back message is never published', async () => {
        const handle = await open();
        const topic = fresh('topic');
        const [early, marker] = [outgoing(topic, 'early'), outgoing(topic, 'marker')];
        const refused = await errorOf(
          handle.storage.transaction(async () => {
            await handle.storage.outbox.add([early]);
          }),
        );
        // Both adapters name the way out: the tx handle.
        expect(String(refused)).toMatch(/\btx\b/);
        await handle.storage.transaction(async (tx) => tx.outbox.add([marker]));
        await vi.waitFor(async () => expect(summary(await handle.published(), topic)).toHaveLength(1));
        expect(summary(await handle.published(), topic)).toEqual(summary([marker], topic));
      });
    });

    describe('inbox', () => {
      it('records a message id once per consumer', async () => {
        const { storage } = await open();
        const [consumer, other] = [fresh('consumer'), fresh('consumer')];
        const messageId = newId();
        expect(await storage.inbox.has(consumer, messageId)).toBe(false);
        expect(await storage.inbox.record(consumer, messageId)).toBe(true);
        expect(await storage.inbox.record(consumer, messageId)).toBe(false);
        expect(await storage.inbox.has(consumer, messageId)).toBe(true);
        expect(await storage.inbox.record(other, messageId)).toBe(true);
        await storage.transaction(async (tx) => {
          const id = newId();
          expect(await tx.inbox.record(consumer, id)).toBe(true);
          expect(await tx.inbox.record(consumer, id)).toBe(false);
        });
      });

      it('records many ids at once: true for each new one, false for one known or repeated', async () => {
        const { storage } = await open();
        const [consumer, other] = [fresh('consumer'), fresh('consumer')];
        const [known, a, b] = [newId(), newId(), newId()];
        expect(await storage.inbox.record(consumer, known)).toBe(true);
        expect(await storage.inbox.recordAll(consumer, [a, known, b, a])).toEqual([true, false, true, false]);
        expect(await storage.inbox.has(consumer, a)).toBe(true);
        expect(await storage.inbox.has(consumer, b)).toBe(true);
        expect(await storage.inbox.recordAll(other, [known, a])).toEqual([true, true]);
        expect(await storage.inbox.recordAll(consumer, [])).toEqual([]);
        await storage.transaction(async (tx) => {
          const c = newId();
          expect(await tx.inbox.recordAll(consumer, [c, a])).toEqual([true, false]);
          expect(await tx.inbox.record(consumer, c)).toBe(false);
        });
        const rolledBack = newId();
        await errorOf(
          storage.transaction(async (tx) => {
            expect(await tx.inbox.recordAll(consumer, [rolledBack])).toEqual([true]);
            throw new Rollback('no');
          }),
        );
        expect(await storage.inbox.has(consumer, rolledBack)).toBe(false);
      });

      it('leaves no record when the transaction rolls back', async () => {
        const { storage } = await open();
        const consumer = fresh('consumer');
        const messageId = newId();
        await errorOf(
          storage.transaction(async (tx) => {
            expect(await tx.inbox.record(consumer, messageId)).toBe(true);
            throw new Rollback('no');
          }),
        );
        expect(await storage.inbox.has(consumer, messageId)).toBe(false);
        expect(await storage.inbox.record(consumer, messageId)).toBe(true);
      });
    });

    describe('checkpoints', () => {
      it('get, set and delete', async () => {
        const { storage } = await open();
        const name = fresh('projection');
        expect(await storage.checkpoints.get(name)).toBeUndefined();
        await storage.checkpoints.set(name, 5);
        expect(await storage.checkpoints.get(name)).toBe(5);
        await storage.checkpoints.set(name, 12);
        expect(await storage.checkpoints.get(name)).toBe(12);
        await errorOf(
          storage.transaction(async (tx) => {
            await tx.checkpoints.set(name, 20);
            expect(await tx.checkpoints.get(name)).toBe(20);
            throw new Rollback('no');
          }),
        );
        expect(await storage.checkpoints.get(name)).toBe(12);
        await storage.checkpoints.delete(name);
        expect(await storage.checkpoints.get(name)).toBeUndefined();
      });
    });

    describe('sagas', () => {
      it('save, load, and refuse a save that names a stale revision', async () => {
        const { storage } = await open();
        const sagaName = fresh('create-order');
        const deadline = new Date(Date.now() + 60_000);
        const first = await storage.sagas.save(
          { sagaName, id: 's1', status: 'running', step: 0, data: { orderId: 'o1' }, deadline, reason: null },
          0,
        );
        expect(first).toMatchObject({ sagaName, id: 's1', revision: 1, step: 0, data: { orderId: 'o1' } });
        expect(first.updatedAt).toBeInstanceOf(Date);
        const loaded = await storage.sagas.load<{ orderId: string }>(sagaName, 's1');
        expect(loaded).toMatchObject({ sagaName, id: 's1', status: 'running', step: 0, data: { orderId: 'o1' }, reason: null, revision: 1 });
        expect(loaded!.deadline!.getTime()).toBe(deadline.getTime());
        expect(await storage.sagas.load(sagaName, 'missing')).toBeUndefined();

        const conflict = await errorOf(
          storage.sagas.save({ sagaName, id: 's1', status: 'running', step: 0, data: {}, deadline: null, reason: null }, 0),
        );
        expect(conflict).toBeInstanceOf(ConcurrencyError);
        expect(conflict).toMatchObject({ expected: 0, actual: 1 });

        const second = await storage.sagas.save(
          { sagaName, id: 's1', status: 'compensated', step: 1, data: { orderId: 'o1' }, deadline: null, reason: 'payment refused' },
          1,
        );
        expect(second.revision).toBe(2);
        expect(await errorOf(storage.sagas.save({ ...second }, 1))).toMatchObject({ expected: 1, actual: 2 });
        expect(await storage.sagas.load(sagaName, 's1')).toMatchObject({
          status: 'compensated',
          step: 1,
          deadline: null,
          reason: 'payment refused',
          revision: 2,
        });
      });

      it('of racing saves with the same revision exactly one wins', async () => {
        const { storage } = await open();
        const sagaName = fresh('race');
        const results = await Promise.allSettled(
          Array.from({ length: racingWriters }, (_, step) =>
            storage.sagas.save({ sagaName, id: 's1', status: 'running', step, data: {}, deadline: null, reason: null }, 0),
          ),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConcurrencyError);
      });

      it('list by name and status, and find the due ones', async () => {
        const { storage } = await open();
        const [sagaName, otherName] = [fresh('saga'), fresh('saga')];
        const now = new Date();
        const base = { data: {}, reason: null, step: 0 };
        await storage.sagas.save({ ...base, sagaName, id: 'past', status: 'running', deadline: new Date(now.getTime() - 1000) }, 0);
        await storage.sagas.save({ ...base, sagaName, id: 'now', status: 'compensating', deadline: now }, 0);
        await storage.sagas.save({ ...base, sagaName, id: 'future', status: 'running', deadline: new Date(now.getTime() + 60_000) }, 0);
        await storage.sagas.save({ ...base, sagaName, id: 'done', status: 'completed', deadline: null }, 0);
        await storage.sagas.save({ ...base, sagaName: otherName, id: 'x', status: 'running', deadline: null }, 0);

        const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();
        expect(ids(await storage.sagas.list({ sagaName }))).toEqual(['done', 'future', 'now', 'past']);
        expect(ids(await storage.sagas.list({ sagaName, status: 'running' }))).toEqual(['future', 'past']);
        expect(ids((await storage.sagas.list({ status: 'running' })).filter((r) => r.sagaName === otherName))).toEqual(['x']);
        expect(ids((await storage.sagas.due(now)).filter((r) => r.sagaName === sagaName))).toEqual(['now', 'past']);
      });

      it('find the due ones of one saga by name, earliest deadline first', async () => {
        const { storage } = await open();
        const [sagaName, otherName] = [fresh('saga'), fresh('saga')];
        const now = new Date();
        const base = { data: {}, reason: null, step: 0, status: 'running' } as const;
        await storage.sagas.save({ ...base, sagaName, id: 'late', deadline: new Date(now.getTime() - 1000) }, 0);
        await storage.sagas.save({ ...base, sagaName, id: 'early', deadline: new Date(now.getTime() - 5000) }, 0);
        await storage.sagas.save({ ...base, sagaName, id: 'future', deadline: new Date(now.getTime() + 60_000) }, 0);
        await storage.sagas.save({ ...base, sagaName: otherName, id: 'other', deadline: new Date(now.getTime() - 3000) }, 0);

        expect((await storage.sagas.due(now, { sagaName })).map((r) => r.id)).toEqual(['early', 'late']);
        expect((await storage.sagas.due(now, { sagaName: otherName })).map((r) => r.id)).toEqual(['other']);
        expect(await storage.sagas.due(now, { sagaName: fresh('none') })).toEqual([]);
        expect((await storage.sagas.due(now, {})).map((r) => r.id)).toEqual(expect.arrayContaining(['early', 'late', 'other']));
      });
    });

    describe('onEventsAppended', () => {
      it('fires after a commit that appended events, not for a rolled-back transaction', async () => {
        const { storage } = await open();
        const streamId = fresh('wake');
        const seen: Promise<number>[] = [];
        const unsubscribe = storage.onEventsAppended(() => {
          // What a woken reader would read: the commit must already be visible.
          seen.push(storage.events.streamVersion(streamId));
        });
        await storage.events.append(streamId, [event('test.Woke', 1)]);
        await vi.waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(1));
        expect(await Promise.all(seen)).toContain(1);

        const before = seen.length;
        await errorOf(
          storage.transaction(async (tx) => {
            await tx.events.append(streamId, [event('test.Woke', 2)]);
            throw new Rollback('no');
          }),
        );
        await sleep(settleMs);
        expect(seen.length).toBe(before);

        unsubscribe();
        await storage.events.append(streamId, [event('test.Woke', 3)]);
        await sleep(settleMs);
        expect(seen.length).toBe(before);
      });

      it('a throwing listener fails neither the commit nor the other listeners, and its error is reported', async () => {
        const { storage } = await open();
        const streamId = fresh('wake');
        const boom = new Error('listener down');
        const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        let woken = 0;
        const unsubscribes = [
          storage.onEventsAppended(() => {
            throw boom;
          }),
          storage.onEventsAppended(() => void woken++),
        ];
        try {
          await storage.events.append(streamId, [event('test.Woke', 1)]);
          await vi.waitFor(() => expect(woken).toBeGreaterThanOrEqual(1));
          expect(await storage.events.streamVersion(streamId)).toBe(1);
          expect(consoleError).toHaveBeenCalledWith(expect.any(String), boom);
        } finally {
          for (const unsubscribe of unsubscribes) unsubscribe();
          consoleError.mockRestore();
        }
      });
    });
  });
};
