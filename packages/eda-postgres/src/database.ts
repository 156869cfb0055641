import { AsyncLocalStorage } from 'node:async_hooks';
import { newId, notifyListeners } from '@mallbots/eda';
import pg, { type ClientConfig, type Pool, type PoolClient, type QueryConfig, type QueryResult, type QueryResultRow } from 'pg';
import { newAppendState, queueWakeUps, type AppendState, type AppendWake } from './append-lock.js';
import { checkout, type Checkout } from './checkout.js';
import { isConnectionError } from './connection-errors.js';
import { migrate, type PostgresConnection } from './migrations.js';
import { createNotificationListener } from './notification-listener.js';
import { schemaNames, type SchemaNames } from './schema-names.js';
import { decodeWakeUp } from './wake-up.js';

/** Where background errors go (a dropped idle connection, a lost listener). Must not throw. */
export type ErrorReporter = (error: unknown, context: string) => void;

const reportToConsole: ErrorReporter = (error, context) => console.error(`@mallbots/eda-postgres: ${context}`, error);

export type PostgresDatabaseOptions = PostgresConnection & {
  /** The schema holding the tables; created and migrated on start. */
  schema: string;
  /** Connections of the pool the database opens from `connectionString` (default 10). Ignored with `pool`. */
  poolSize?: number;
  /** Default: `console.error`. */
  onError?: ErrorReporter;
};

type Result<R extends QueryResultRow> = Promise<QueryResult<R>>;

/**
 * SQL text, or a named prepared statement: node-postgres parses and plans it once per connection.
 * A name must always stand for the same text on a pool: include the schema in it.
 */
export type Statement = string | { name: string; text: string };

/** Runs one appending statement: see `Access.append`. */
export type Append = <R extends QueryResultRow = QueryResultRow>(wake: AppendWake, sql: Statement, params?: unknown[]) => Result<R>;

/** What a write runs against: one client inside one transaction. */
export interface WriteScope {
  query<R extends QueryResultRow = QueryResultRow>(sql: string, params?: unknown[]): Result<R>;
  /** `Access.append` inside this transaction. */
  append: Append;
  /** Whether this transaction holds the append lock already (it keeps it until it ends). */
  readonly holdsAppendLock: boolean;
}

/** The scope of an open transaction. */
export interface TxScope extends WriteScope {
  readonly client: PoolClient;
  /** False once the transaction committed or rolled back; the tx handle then refuses work. */
  active: boolean;
}

/** How the parts of a storage unit reach the database: in a transaction, or one call at a time. */
export interface Access {
  /** Whether this runs inside a caller's transaction (`Database.inside`), not one call at a time. */
  readonly inTransaction: boolean;
  /**
   * A read. Outside a transaction it runs on any pooled connection and sees committed data only;
   * a read that lost its connection is retried once on a fresh one.
   */
  read<R extends QueryResultRow = QueryResultRow>(sql: string, params?: unknown[]): Result<R>;
  /** One statement that writes; atomic by itself. Never retried (it may have committed). */
  exec<R extends QueryResultRow = QueryResultRow>(sql: string, params?: unknown[]): Result<R>;
  /**
   * One statement that appends: its SQL starts with `appendLockCte` (append-lock.ts), whose `$1`
   * this fills with the wake-up payloads of `wake`; `params` are `$2` onwards. Inside a transaction
   * it runs in it; outside, it commits on its own (one round trip) and then, if it returned rows,
   * wakes this process's listeners of what it appended. Never retried.
   */
  append: Append;
  /**
   * Several statements that commit together. Inside a transaction they run in it; outside, in a
   * transaction of their own, whose commit then wakes the listeners of what it appended.
   */
  write<T>(fn: (scope: WriteScope) => Promise<T>): Promise<T>;
}

/**
 * One schema of one PostgreSQL database: the pool, the migrations, the transactions, and the
 * listening connection that wakes readers when any process commits an append.
 *
 * Start: `openDatabase` returns at once and starts migrating and listening in the background;
 * every operation waits for that first (`ready`). When it fails (PostgreSQL unreachable), the
 * operations that waited reject with the error, and the next operation tries again.
 *
 * Wake-ups: after a commit that appended, this process's listeners are called at once; other
 * processes hear of it by NOTIFY (append-lock.ts), and so does this one of theirs. When the
 * listening connection drops, it is re-opened with backoff, and the listeners are then called for
 * everything appended meanwhile (notifications sent while nobody listened are lost).
 *
 * Resilience: an idle pooled connection that fails (killed, server restart) emits an error on
 * the pool; it is reported to `onError`, never thrown, and the pool opens a new connection for the
 * next query. A client that broke while in use is destroyed, never pooled again.
 *
 * Trap: inside `transaction(work)`, a write through the non-transactional handles would wait for
 * the append lock this very transaction may hold, forever (or take a second connection and commit
 * apart from it). It throws instead, detected with AsyncLocalStorage; use the `tx` handle. Reads
 * through them are allowed, but they take a second pooled connection: inside a transaction, read
 * through `tx`, or a pool whose every connection waits on the lock this transaction holds would
 * never give you one.
 */
export interface Database {
  readonly names: SchemaNames;
  readonly pool: Pool;
  /** Access one call at a time. */
  readonly outside: Access;
  /** Access through the scope of an open transaction; refuses work once it has ended. */
  inside(scope: TxScope): Access;
  transaction<T>(work: (scope: TxScope) => Promise<T>): Promise<T>;
  /** Resolves once the schema is migrated and the listener listens; rejects with why not (and retries on the next call). */
  ready(): Promise<void>;
  onEventsAppended(listener: () => void): () => void;
  onTopicAppended(listener: (topic: string) => void): () => void;
  /** Stops listening and, when it opened the pool itself, ends it (after the transactions in flight). Idempotent. */
  close(): Promise<void>;
}

interface Scope extends TxScope {
  readonly appends: AppendState;
}

/** Runs `sql` with the wake-ups `wake` adds to `state` as `$1`; from then on the session holds the append lock. */
const appendWith = <R extends QueryResultRow>(
  query: (config: QueryConfig) => Result<R>,
  instance: string,
  state: AppendState,
  wake: AppendWake,
  sql: Statement,
  params: unknown[],
): Result<R> => {
  const values = [queueWakeUps(instance, state, wake), ...params];
  state.locked = true;
  return query(typeof sql === 'string' ? { text: sql, values } : { ...sql, values });
};

const nestedWriteError = (): Error =>
  new Error(
    'eda-postgres: a write outside the transaction was started from inside storage.transaction(); ' +
      'it would wait for that transaction forever. Use the tx handle (tx.events, tx.outbox, ...) ' +
      'or write after the transaction commits.',
  );

const closedError = (): Error => new Error('eda-postgres: the database is closed');

export const openDatabase = (options: PostgresDatabaseOptions): Database => {
  const names = schemaNames(options.schema);
  const onError = options.onError ?? reportToConsole;
  const ownPool = options.pool === undefined;
  const pool =
    options.pool ??
    new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
      // Idle connections do not keep the process alive; open subscriptions do (see createLogTransport).
      allowExitOnIdle: true,
    });
  const onPoolError = (error: Error) => onError(error, 'an idle pooled connection failed; it was dropped, the next query opens a new one');
  pool.on('error', onPoolError);
  // Every connection also keeps a listener of its own for its whole life. node-postgres leaves
  // moments without one (a pooled query's one-shot listener already used, a connection the pool is
  // ending), and a server's farewell then (57P01, a killed backend or a dropped database) would be
  // an 'error' event nobody listens to: a crash. The operation in flight still fails as before.
  pool.on('connect', (client) => client.on('error', () => undefined));

  /** Tells this process's own notifications apart from those of other processes. */
  const instance = newId();
  const current = new AsyncLocalStorage<Scope>();
  const eventListeners = new Set<() => void>();
  const topicListeners = new Set<(topic: string) => void>();
  let closed = false;
  let closing: Promise<void> | undefined;
  let starting: Promise<void> | undefined;
  /** The highest log position known when the listener last started listening. */
  let watermark = 0;

  const wakeEvents = () => notifyListeners(eventListeners, undefined, 'events appended');
  const wakeTopic = (topic: string) => notifyListeners(topicListeners, topic, 'topic appended');
  /** Call after the commit is visible to every session, outside the transaction's async context. */
  const wakeAfterCommit = (appends: AppendState) => {
    if (appends.eventsAppended) wakeEvents();
    for (const topic of appends.topics) wakeTopic(topic);
  };

  const listenerConfig: ClientConfig = { ...(options.pool ? options.pool.options : { connectionString: options.connectionString }), keepAlive: true };
  const listener = createNotificationListener({
    newClient: () => new pg.Client(listenerConfig),
    channel: names.channel,
    onNotification(payload) {
      const wake = decodeWakeUp(payload);
      if (!wake || wake.instance === instance) return;
      if (wake.kind === 'events') wakeEvents();
      else wakeTopic(wake.topic);
    },
    async afterListen(client, reconnected) {
      const { rows } = await client.query<{ head: string }>(`SELECT coalesce(max(last_position), 0) AS head FROM ${names.table('log_topics')}`);
      if (reconnected) {
        // Everything that may have committed since the previous LISTEN became active.
        const missed = await client.query<{ topic: string }>(`SELECT topic FROM ${names.table('log_topics')} WHERE last_position > $1`, [
          watermark,
        ]);
        wakeEvents();
        for (const { topic } of missed.rows) wakeTopic(topic);
      }
      watermark = Number(rows[0]!.head);
    },
    onError,
  });

  const ready = (): Promise<void> => {
    if (closed) return Promise.reject(closedError());
    if (!starting) {
      const attempt = (async () => {
        await migrate({ pool, schema: names.schema });
        await listener.start();
      })();
      starting = attempt;
      attempt.catch(() => {
        if (starting === attempt) starting = undefined;
      });
    }
    return starting;
  };

  /** A client inside BEGIN. A stale pooled connection fails on BEGIN, before anything was done: retried once. */
  const begin = async (): Promise<Checkout> => {
    for (let attempt = 1; ; attempt++) {
      const session = await checkout(pool);
      try {
        await session.client.query('BEGIN');
        return session;
      } catch (error) {
        session.release(true);
        if (attempt >= 2 || !isConnectionError(error)) throw error;
      }
    }
  };

  const runTransaction = async <T>(work: (scope: Scope) => Promise<T>, tracked: boolean): Promise<T> => {
    await ready();
    const session = await begin();
    const { client } = session;
    const appends = newAppendState();
    const scope: Scope = {
      client,
      active: true,
      appends,
      query: (sql, params) => client.query(sql, params),
      append: (wake, sql, params = []) => appendWith((config) => client.query(config), instance, appends, wake, sql, params),
      get holdsAppendLock() {
        return appends.locked;
      },
    };
    let destroy = false;
    let result: T;
    try {
      result = tracked ? await current.run(scope, () => work(scope)) : await work(scope);
      await client.query('COMMIT');
    } catch (error) {
      destroy = isConnectionError(error);
      if (!destroy) {
        // A session whose ROLLBACK failed is in an unknown state: it must not be pooled.
        await client.query('ROLLBACK').catch(() => (destroy = true));
      }
      throw error;
    } finally {
      scope.active = false;
      session.release(destroy);
    }
    wakeAfterCommit(appends);
    return result;
  };

  const assertOutside = () => {
    if (current.getStore()?.active) throw nestedWriteError();
  };

  const outside: Access = {
    inTransaction: false,
    async read(sql, params) {
      await ready();
      try {
        return await pool.query(sql, params);
      } catch (error) {
        if (!isConnectionError(error)) throw error;
        return pool.query(sql, params);
      }
    },
    async exec(sql, params) {
      assertOutside();
      await ready();
      return pool.query(sql, params);
    },
    async append(wake, sql, params = []) {
      assertOutside();
      await ready();
      const appends = newAppendState();
      const result = await appendWith((config) => pool.query(config), instance, appends, wake, sql, params);
      // No rows: a guarded statement (postgres-event-store.ts) that appended nothing.
      if (result.rowCount) wakeAfterCommit(appends);
      return result;
    },
    async write(fn) {
      assertOutside();
      return runTransaction(fn, false);
    },
  };

  const inside = (scope: TxScope): Access => {
    const assertActive = () => {
      if (!scope.active) throw new Error('eda-postgres: this transaction has ended; its tx handle cannot be used');
    };
    return {
      inTransaction: true,
      async read(sql, params) {
        assertActive();
        return scope.query(sql, params);
      },
      async exec(sql, params) {
        assertActive();
        return scope.query(sql, params);
      },
      async append(wake, sql, params) {
        assertActive();
        return scope.append(wake, sql, params);
      },
      async write(fn) {
        assertActive();
        return fn(scope);
      },
    };
  };

  // Migrations run on start; an operation that comes before they finish waits for them.
  ready().catch((error: unknown) => onError(error, 'starting (migrations, listener) failed; the next operation tries again'));

  return {
    names,
    pool,
    outside,
    inside,
    async transaction(work) {
      if (current.getStore()?.active) {
        throw new Error('eda-postgres: storage.transaction() inside a transaction; pass the tx handle down instead');
      }
      return runTransaction(work, true);
    },
    ready,
    onEventsAppended(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onTopicAppended(listener) {
      topicListeners.add(listener);
      return () => topicListeners.delete(listener);
    },
    close() {
      closing ??= (async () => {
        closed = true;
        await starting?.catch(() => undefined);
        await listener.close();
        if (ownPool) {
          await pool.end();
          // pool.end() resolves before its connections have closed: one the server ends meanwhile
          // (a dropped database) must not emit an 'error' that nobody listens to, a crash.
          pool.on('error', () => undefined);
        }
        pool.removeListener('error', onPoolError);
        eventListeners.clear();
        topicListeners.clear();
      })();
      return closing;
    },
  };
};
