import { AsyncLocalStorage } from 'node:async_hooks';
import { Mutex } from 'async-mutex';
import { ConcurrencyError } from '../errors.js';
import { decodeEvent, encodeMessage, jsonClone, prepareEvents } from '../event-codec.js';
import {
  DEFAULT_READ_ALL_LIMIT,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type Snapshot,
  type SnapshotStore,
  type StoredEvent,
} from '../event-store.js';
import { checkExpectedVersion } from '../expected-version.js';
import { notifyListeners } from '../notify-listeners.js';
import type { MessageRegistry } from '../registry.js';
import type {
  CheckpointStore,
  InboxStore,
  OutgoingMessage,
  Outbox,
  SagaRecord,
  SagaStatus,
  SagaStore,
  Storage,
  StorageUnit,
} from '../storage.js';

/** An outbox message on its way to the publish sink. */
export interface PublishedMessage extends OutgoingMessage {
  /**
   * The schema version the message's data was encoded with (`encodeMessage`; 1 without a
   * registry). A sink that keeps messages (a message log) must keep it too, so that a reader with
   * a newer registry upcasts them.
   */
  schemaVersion: number;
}

export interface MemoryStorageOptions {
  /** Validates appended events and outgoing messages; upcasts on read. */
  registry?: MessageRegistry;
  /**
   * Receives the outbox's messages after the transaction that added them commits, one call per
   * commit, in commit order; `transaction` resolves once it has. Without it, `outbox.add` throws.
   */
  publish?: (messages: PublishedMessage[]) => Promise<void>;
}

/**
 * A `Storage` in memory, for tests of the core and of application logic.
 *
 * Writers are serialized: a transaction holds a lock from start to commit, and a plain write waits
 * for it. Writes are staged and applied at commit in one synchronous step, so nothing is visible
 * outside a transaction before it commits and `readAll` never skips. Values go through JSON on the
 * way in and out, like in a real database: a `Date` inside a payload or a snapshot comes back as a
 * string, and callers cannot mutate what is stored.
 *
 * Trap: inside `transaction(work)`, use `tx`. A write through the storage itself from inside
 * `work` would wait for the lock `work` holds; it throws instead of deadlocking.
 */
export interface MemoryStorage extends Storage {
  /**
   * Another storage on the same data with its own registry and publish sink, as a newer build of
   * a service would reopen a database file: events written through one are read through the other.
   */
  view(options: MemoryStorageOptions): MemoryStorage;
}

/** Everything committed, shared by all views. */
interface Committed {
  readonly lock: Mutex;
  /** The draft of the transaction the current async context runs in, to refuse nested writes. */
  readonly holder: AsyncLocalStorage<Draft>;
  readonly streams: Map<string, StoredEvent[]>;
  /** All events in position order. */
  readonly all: StoredEvent[];
  readonly snapshots: Map<string, Snapshot>;
  readonly inbox: Set<string>;
  readonly checkpoints: Map<string, number>;
  readonly sagas: Map<string, SagaRecord>;
  readonly listeners: Set<() => void>;
  /** The tail of the publish queue, so batches reach their sinks in commit order. */
  publishing: Promise<void>;
}

/** The writes of one open transaction. */
interface Draft {
  readonly streams: Map<string, StoredEvent[]>;
  readonly events: StoredEvent[];
  readonly snapshots: Map<string, Snapshot>;
  readonly inbox: Set<string>;
  /** `undefined` marks a deleted checkpoint. */
  readonly checkpoints: Map<string, number | undefined>;
  readonly sagas: Map<string, SagaRecord>;
  readonly outbox: PublishedMessage[];
  /** Set when the transaction ends: its tx is refused from then on. */
  over: boolean;
}

const newDraft = (): Draft => ({
  streams: new Map(),
  events: [],
  snapshots: new Map(),
  inbox: new Set(),
  checkpoints: new Map(),
  sagas: new Map(),
  outbox: [],
  over: false,
});

const key = (...parts: string[]): string => parts.join('\u0000');

const copyEvent = (event: StoredEvent): StoredEvent => ({
  ...event,
  data: jsonClone(event.data),
  metadata: jsonClone(event.metadata),
  occurredAt: new Date(event.occurredAt),
});

const copySaga = <D>(record: SagaRecord): SagaRecord<D> => ({
  ...record,
  data: jsonClone(record.data) as D,
  deadline: record.deadline && new Date(record.deadline),
  updatedAt: new Date(record.updatedAt),
});

const copyOutgoing = <M extends OutgoingMessage>(outgoing: M): M => ({
  ...outgoing,
  message: {
    ...outgoing.message,
    data: jsonClone(outgoing.message.data),
    metadata: jsonClone(outgoing.message.metadata),
    occurredAt: new Date(outgoing.message.occurredAt),
  },
});

/** Applies a draft to the committed state. Synchronous, so no reader ever sees half of it. */
const commit = (committed: Committed, draft: Draft): void => {
  for (const event of draft.events) {
    committed.all.push(event);
    const stream = committed.streams.get(event.streamId) ?? [];
    stream.push(event);
    committed.streams.set(event.streamId, stream);
  }
  for (const [k, snapshot] of draft.snapshots) committed.snapshots.set(k, snapshot);
  for (const k of draft.inbox) committed.inbox.add(k);
  for (const [k, position] of draft.checkpoints) {
    if (position === undefined) committed.checkpoints.delete(k);
    else committed.checkpoints.set(k, position);
  }
  for (const [k, record] of draft.sagas) committed.sagas.set(k, record);
};

/** The first index of `events` (in position order) at or after `position`. */
const firstAtOrAfter = (events: StoredEvent[], position: number): number => {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (events[mid]!.position < position) low = mid + 1;
    else high = mid;
  }
  return low;
};

export const createMemoryStorage = (options: MemoryStorageOptions = {}): MemoryStorage =>
  createView(
    {
      lock: new Mutex(),
      holder: new AsyncLocalStorage(),
      streams: new Map(),
      all: [],
      snapshots: new Map(),
      inbox: new Set(),
      checkpoints: new Map(),
      sagas: new Map(),
      listeners: new Set(),
      publishing: Promise.resolve(),
    },
    options,
  );

const createView = (committed: Committed, options: MemoryStorageOptions): MemoryStorage => {
  const { registry, publish } = options;
  let closed = false;

  /** The publish sink; without one the outbox refuses messages when they are added, not at commit. */
  const sink = (): NonNullable<MemoryStorageOptions['publish']> => {
    if (!publish) throw new Error('memory storage: the outbox needs a publish sink: createMemoryStorage({ publish })');
    return publish;
  };

  /** Queues a batch behind the earlier ones; the returned promise settles when this batch is out. */
  const enqueuePublish = (messages: PublishedMessage[]): Promise<{ error?: unknown }> => {
    const send = sink();
    const sent = committed.publishing.then(() => send(messages));
    committed.publishing = sent.catch(() => undefined);
    return sent.then(
      () => ({}),
      (error: unknown) => ({ error }),
    );
  };

  const transaction = async <T>(work: (tx: StorageUnit) => Promise<T>): Promise<T> => {
    if (closed) throw new Error('memory storage: closed');
    if (committed.holder.getStore()?.over === false) {
      throw new Error('memory storage: a write through the storage inside its own transaction would deadlock: use tx');
    }
    const draft = newDraft();
    const { value, delivery } = await committed.lock.runExclusive(() =>
      committed.holder.run(draft, async () => {
        try {
          const value = await work(unit(draft));
          commit(committed, draft);
          // Queued under the lock, so batches are published in commit order.
          const delivery = draft.outbox.length > 0 ? enqueuePublish(draft.outbox) : undefined;
          return { value, delivery };
        } finally {
          draft.over = true;
        }
      }),
    );
    if (draft.events.length > 0) notifyListeners(committed.listeners, undefined, 'events appended');
    const outcome = await delivery;
    // The writes are committed; a failed publish is still reported, since this adapter has no relay to retry it.
    if (outcome && 'error' in outcome) throw outcome.error;
    return value;
  };

  /** A unit reading committed state plus `draft`'s writes; without a draft it can only read. */
  const unit = (draft: Draft | undefined): StorageUnit => {
    const active = (): Draft | undefined => {
      if (draft?.over) throw new Error('memory storage: the transaction is over; its tx can no longer be used');
      return draft;
    };
    const write = async <T>(fn: (draft: Draft) => T): Promise<T> => {
      const current = active();
      if (!current) throw new Error('memory storage: internal: a write outside a transaction');
      return fn(current);
    };

    const streamEvents = (streamId: string): StoredEvent[] => {
      const stored = committed.streams.get(streamId) ?? [];
      const staged = active()?.streams.get(streamId);
      return staged ? [...stored, ...staged] : stored;
    };

    const events: EventStore = {
      append: (streamId: string, newEvents: NewEvent[], appendOptions: AppendOptions = {}): Promise<AppendResult> =>
        write((d) => {
          const current = streamEvents(streamId).length;
          checkExpectedVersion(streamId, appendOptions.expectedVersion ?? 'any', current);
          const rows = prepareEvents(registry, newEvents);
          const firstPosition = (committed.all.at(-1)?.position ?? 0) + d.events.length + 1;
          const stored = rows.map(
            (row, i): StoredEvent => copyEvent({ ...row, streamId, version: current + i + 1, position: firstPosition + i }),
          );
          d.events.push(...stored);
          d.streams.set(streamId, [...(d.streams.get(streamId) ?? []), ...stored]);
          return { nextExpectedVersion: current + stored.length, positions: stored.map((e) => e.position) };
        }),
      readStream: async (streamId: string, read: ReadStreamOptions = {}): Promise<StoredEvent[]> => {
        const from = Math.max(read.fromVersion ?? 1, 1);
        const slice = streamEvents(streamId).slice(from - 1, read.toVersion);
        const asOf = read.asOf?.getTime();
        return slice.filter((e) => asOf === undefined || e.occurredAt.getTime() <= asOf).map((e) => decodeEvent(registry, copyEvent(e)));
      },
      streamVersion: async (streamId: string): Promise<number> => streamEvents(streamId).length,
      lastPosition: async (): Promise<number> => (active()?.events.at(-1) ?? committed.all.at(-1))?.position ?? 0,
      readAll: async (read: ReadAllOptions = {}): Promise<StoredEvent[]> => {
        const from = read.fromPosition ?? 1;
        const limit = read.limit ?? DEFAULT_READ_ALL_LIMIT;
        const types = read.types && new Set(read.types);
        const result: StoredEvent[] = [];
        for (const source of [committed.all, active()?.events ?? []]) {
          for (let i = firstAtOrAfter(source, from); i < source.length && result.length < limit; i++) {
            const event = source[i]!;
            if (!types || types.has(event.type)) result.push(decodeEvent(registry, copyEvent(event)));
          }
        }
        return result;
      },
    };

    const snapshotOf = (k: string): Snapshot | undefined => active()?.snapshots.get(k) ?? committed.snapshots.get(k);
    const snapshots: SnapshotStore = {
      // Keeps the highest version: a late save of an older state never replaces a newer one.
      save: (snapshot: Snapshot) =>
        write((d) => {
          const k = key(snapshot.streamId, snapshot.name);
          if ((snapshotOf(k)?.version ?? 0) <= snapshot.version) d.snapshots.set(k, { ...snapshot, state: jsonClone(snapshot.state) });
        }),
      load: async (streamId, name, load = {}) => {
        const snapshot = snapshotOf(key(streamId, name));
        if (!snapshot || (load.maxVersion !== undefined && snapshot.version > load.maxVersion)) return undefined;
        return { ...snapshot, state: jsonClone(snapshot.state) };
      },
    };

    const outbox: Outbox = {
      add: (messages: OutgoingMessage[]) =>
        write((d) => {
          sink();
          d.outbox.push(...messages.map((m) => copyOutgoing({ ...m, ...encodeMessage(registry, m.message) })));
        }),
    };

    const inboxHas = (k: string): boolean => Boolean(active()?.inbox.has(k)) || committed.inbox.has(k);
    const inbox: InboxStore = {
      record: (consumer, messageId) =>
        write((d) => {
          const k = key(consumer, messageId);
          if (inboxHas(k)) return false;
          d.inbox.add(k);
          return true;
        }),
      recordAll: (consumer, messageIds) =>
        write((d) =>
          messageIds.map((messageId) => {
            const k = key(consumer, messageId);
            if (inboxHas(k)) return false;
            d.inbox.add(k);
            return true;
          }),
        ),
      has: async (consumer, messageId) => inboxHas(key(consumer, messageId)),
    };

    const checkpoints: CheckpointStore = {
      get: async (name) => {
        const staged = active()?.checkpoints;
        return staged?.has(name) ? staged.get(name) : committed.checkpoints.get(name);
      },
      set: (name, position) => write((d) => void d.checkpoints.set(name, position)),
      delete: (name) => write((d) => void d.checkpoints.set(name, undefined)),
    };

    const sagaOf = (k: string): SagaRecord | undefined => active()?.sagas.get(k) ?? committed.sagas.get(k);
    const allSagas = (): SagaRecord[] => {
      const merged = new Map(committed.sagas);
      for (const [k, record] of active()?.sagas ?? []) merged.set(k, record);
      return [...merged.values()];
    };
    const sagas: SagaStore = {
      load: async <D>(sagaName: string, id: string) => {
        const record = sagaOf(key(sagaName, id));
        return record && copySaga<D>(record);
      },
      save: (record, expectedRevision) =>
        write((d) => {
          const k = key(record.sagaName, record.id);
          const actual = sagaOf(k)?.revision ?? 0;
          if (actual !== expectedRevision) throw new ConcurrencyError(`saga ${record.sagaName}/${record.id}`, expectedRevision, actual);
          const saved = copySaga({ ...record, revision: actual + 1, updatedAt: new Date() });
          d.sagas.set(k, saved);
          return copySaga(saved);
        }),
      list: async (filter: { sagaName?: string; status?: SagaStatus } = {}) =>
        allSagas()
          .filter((r) => (filter.sagaName === undefined || r.sagaName === filter.sagaName) && (filter.status === undefined || r.status === filter.status))
          .map((r) => copySaga(r)),
      due: async (now: Date, filter: { sagaName?: string } = {}) =>
        allSagas()
          .filter(
            (r): r is SagaRecord & { deadline: Date } =>
              r.deadline !== null &&
              r.deadline.getTime() <= now.getTime() &&
              (filter.sagaName === undefined || r.sagaName === filter.sagaName),
          )
          .sort((a, b) => a.deadline.getTime() - b.deadline.getTime())
          .map((r) => copySaga(r)),
    };

    return { events, snapshots, outbox, inbox, checkpoints, sagas };
  };

  // Plain calls read committed state; each write runs in a transaction of its own, so it waits for
  // the lock like any writer, refuses to run inside another transaction (which would deadlock), and
  // an outbox message is published only after its own commit.
  const reader = unit(undefined);
  const plain: StorageUnit = {
    events: { ...reader.events, append: (...args) => transaction((tx) => tx.events.append(...args)) },
    snapshots: { ...reader.snapshots, save: (snapshot) => transaction((tx) => tx.snapshots.save(snapshot)) },
    outbox: { add: (messages) => transaction((tx) => tx.outbox.add(messages)) },
    inbox: {
      ...reader.inbox,
      record: (...args) => transaction((tx) => tx.inbox.record(...args)),
      recordAll: (...args) => transaction((tx) => tx.inbox.recordAll(...args)),
    },
    checkpoints: {
      ...reader.checkpoints,
      set: (...args) => transaction((tx) => tx.checkpoints.set(...args)),
      delete: (name) => transaction((tx) => tx.checkpoints.delete(name)),
    },
    sagas: { ...reader.sagas, save: (...args) => transaction((tx) => tx.sagas.save(...args)) },
  };
  return {
    ...plain,
    transaction,
    onEventsAppended: (listener) => {
      // Wrapped, so registering one function twice yields two independent subscriptions.
      const wrapped = () => listener();
      committed.listeners.add(wrapped);
      return () => committed.listeners.delete(wrapped);
    },
    close: async () => {
      // Lets a running transaction finish before refusing new ones.
      await committed.lock.waitForUnlock();
      closed = true;
    },
    view: (viewOptions) => createView(committed, viewOptions),
  };
};
