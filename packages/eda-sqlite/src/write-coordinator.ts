import { AsyncLocalStorage } from 'node:async_hooks';
import { Mutex } from 'async-mutex';
import { notifyListeners } from '@mallbots/eda';
import type { Connections } from './connection.js';
import { createStatementCache, type StatementCache } from './statements.js';

/** What a write did, so the coordinator knows whom to wake after the commit. */
export interface WriteScope {
  /** The writer's statements. Only use them inside the `write` callback that handed you the scope. */
  readonly sql: StatementCache;
  /** Set by event appends: `onEventsAppended` listeners run after the commit. */
  eventsAppended: boolean;
  /** Topics that got log records: `onTopicAppended` listeners run after the commit. */
  readonly topics: Set<string>;
}

/** The scope of an open asynchronous transaction. */
export interface TxScope extends WriteScope {
  /** False once the transaction committed or rolled back; the tx handle then refuses work. */
  active: boolean;
}

/** How the parts of a storage unit reach the database: in a transaction, or one call at a time. */
export interface Access {
  /** For reads: the writer inside a transaction (sees its own writes), the reader outside. */
  readonly read: StatementCache;
  /**
   * Runs `fn` synchronously and atomically against the writer: all of its statements or none.
   * Inside a transaction it runs in a savepoint of that transaction; outside it commits on its own.
   */
  write<T>(fn: (scope: WriteScope) => T): Promise<T>;
}

/**
 * Serializes all writes to one SQLite file through one writer connection.
 *
 * Why: better-sqlite3 is synchronous but our ports are async, and a transaction callback may await
 * (I/O, other services) between its statements. An async mutex is held from `BEGIN IMMEDIATE` to
 * `COMMIT`/`ROLLBACK`, so no other write can slip into an open transaction.
 *
 * The hot path: a write outside any transaction, while no async transaction is open or queued,
 * runs as a synchronous better-sqlite3 transaction right away (nothing can interleave with
 * synchronous code); only when the mutex is held does it queue behind it.
 *
 * Trap: inside `transaction(work)`, writing through the non-transactional handles (the storage's
 * own parts, the log, the transport) would wait for the transaction it is part of, forever. The
 * coordinator detects that with AsyncLocalStorage and throws instead; use the `tx` handle.
 *
 * Listeners run synchronously after the commit that made the writes visible. They are wake-up
 * signals: a throwing listener cannot fail the write (it is committed) and is reported
 * (`notifyListeners`), and the other listeners still run.
 */
export interface WriteCoordinator {
  /** Access one call at a time: reads from the read-only connection, each write commits on its own. */
  readonly outside: Access;
  /** Access through the scope of an open transaction; refuses work once it has ended. */
  inside(scope: TxScope): Access;
  transaction<T>(work: (scope: TxScope) => Promise<T>): Promise<T>;
  onEventsAppended(listener: () => void): () => void;
  onTopicAppended(listener: (topic: string) => void): () => void;
  /** Waits for the open transaction, then closes both connections. Idempotent. */
  close(): Promise<void>;
}

const nestedWriteError = (): Error =>
  new Error(
    'eda-sqlite: a write outside the transaction was started from inside storage.transaction(); ' +
      'it would wait for that transaction forever. Use the tx handle (tx.events, tx.outbox, ...) ' +
      'or write after the transaction commits.',
  );

export const createWriteCoordinator = ({ writer, reader }: Connections): WriteCoordinator => {
  const writerSql = createStatementCache(writer);
  const readerSql = createStatementCache(reader);
  const mutex = new Mutex();
  const current = new AsyncLocalStorage<TxScope>();
  const eventListeners = new Set<() => void>();
  const topicListeners = new Set<(topic: string) => void>();
  // better-sqlite3 runs a transaction function in a SAVEPOINT when a transaction is already open,
  // and with BEGIN IMMEDIATE (`.immediate`) otherwise: one helper for both cases.
  const atomic = writer.transaction((fn: () => unknown) => fn());
  const begin = writer.prepare('BEGIN IMMEDIATE');
  const commit = writer.prepare('COMMIT');
  const rollback = writer.prepare('ROLLBACK');
  let closed = false;

  const notify = (scope: WriteScope): void => {
    if (scope.eventsAppended) notifyListeners(eventListeners, undefined, 'events appended');
    for (const topic of scope.topics) notifyListeners(topicListeners, topic, 'topic appended');
  };

  const runOwn = <T>(fn: (scope: WriteScope) => T): T => {
    if (closed) throw new Error('eda-sqlite: the database is closed');
    const scope: WriteScope = { sql: writerSql, eventsAppended: false, topics: new Set() };
    const result = atomic.immediate(() => fn(scope)) as T;
    notify(scope);
    return result;
  };

  const write = <T>(fn: (scope: WriteScope) => T): Promise<T> => {
    try {
      if (!mutex.isLocked()) return Promise.resolve(runOwn(fn));
      if (current.getStore()?.active) throw nestedWriteError();
      return mutex.runExclusive(() => runOwn(fn));
    } catch (error) {
      return Promise.reject(error);
    }
  };

  const inside = (scope: TxScope): Access => ({
    read: writerSql,
    write<T>(fn: (scope: WriteScope) => T): Promise<T> {
      try {
        if (!scope.active) throw new Error('eda-sqlite: this transaction has ended; its tx handle cannot be used');
        return Promise.resolve(atomic(() => fn(scope)) as T);
      } catch (error) {
        return Promise.reject(error);
      }
    },
  });

  const transaction = async <T>(work: (scope: TxScope) => Promise<T>): Promise<T> => {
    if (current.getStore()?.active) {
      throw new Error('eda-sqlite: storage.transaction() inside a transaction; pass the tx handle down instead');
    }
    const release = await mutex.acquire();
    const scope: TxScope = { sql: writerSql, eventsAppended: false, topics: new Set(), active: true };
    let result: T;
    try {
      if (closed) throw new Error('eda-sqlite: the database is closed');
      begin.run();
      try {
        result = await current.run(scope, () => work(scope));
        commit.run();
      } catch (error) {
        if (writer.inTransaction) rollback.run();
        throw error;
      }
    } finally {
      scope.active = false;
      release();
    }
    notify(scope);
    return result;
  };

  return {
    outside: { read: readerSql, write },
    inside,
    transaction,
    onEventsAppended(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onTopicAppended(listener) {
      topicListeners.add(listener);
      return () => topicListeners.delete(listener);
    },
    async close() {
      if (closed) return;
      await mutex.runExclusive(() => {
        if (closed) return;
        closed = true;
        reader.close();
        writer.close();
      });
      eventListeners.clear();
      topicListeners.clear();
    },
  };
};
