import {
  createLogTransport,
  type LogTransportOptions,
  type MessageLog,
  type MessageRegistry,
  type Storage,
  type Transport,
} from '@mallbots/eda';
import { openDatabase, type ErrorReporter } from './database.js';
import type { PostgresConnection } from './migrations.js';
import { createPostgresMessageLog } from './postgres-message-log.js';
import { createPostgresStorage, type PgTx } from './postgres-storage.js';

export type PostgresBackendOptions = PostgresConnection & {
  /**
   * The schema holding the backend's tables, created and migrated on start. One database can
   * host several (one per module or per service); each has its own version, lock and channel.
   */
  schema: string;
  /** Validates appended events, outbox messages and published messages; upcasts on read. */
  registry?: MessageRegistry;
  /**
   * The one clock of the backend: it stamps outbox and log records (`appendedAt`, for retention by
   * age) and dead letters, and drives retention (default: the system clock).
   */
  now?: () => Date;
  /** Options of the delivery engine (polling fallback, error reporting, ...); its clock is `now`. */
  transport?: Omit<LogTransportOptions, 'now' | 'registry'>;
  /** Connections of the pool opened from `connectionString` (default 10). Ignored with `pool`. */
  poolSize?: number;
  /**
   * Where background errors go: a dropped idle connection, the listener reconnecting, and (unless
   * `transport.onError` is given) the delivery engine's errors. Default: `console.error`.
   */
  onError?: ErrorReporter;
};

export interface PostgresBackend {
  storage: Storage<PgTx>;
  log: MessageLog;
  transport: Transport;
  /**
   * Resolves once the schema is migrated and the backend listens for other processes' commits.
   * The backend starts both on creation and every operation waits for them, so awaiting this is
   * optional: do it at startup to fail fast (and clearly) when PostgreSQL is unreachable. A failed
   * start is tried again by the next call or operation.
   */
  migrate(): Promise<void>;
  /** Closes the transport (draining its handlers), then the listener and the pool it opened. A pool passed in stays open. */
  close(): Promise<void>;
}

/**
 * Event store, outbox, inbox, checkpoints, sagas and the message log in one PostgreSQL schema,
 * plus a transport that delivers from that log: the PostgreSQL twin of `createSqliteBackend`.
 *
 * Wiring: `tx.outbox.add` writes log records in the caller's transaction (the outbox is the
 * log); the commit wakes this process's consumers at once and other processes' by NOTIFY. Several
 * processes may share a schema: appends stay in one global commit order, and every process's
 * consumers are woken by every commit. (Two processes consuming the same group still each get
 * every message: see the trap on `createLogTransport`.)
 */
export const createPostgresBackend = (options: PostgresBackendOptions): PostgresBackend => {
  const { registry, now, onError } = options;
  const db = openDatabase(
    options.pool
      ? { pool: options.pool, schema: options.schema, onError }
      : { connectionString: options.connectionString, schema: options.schema, poolSize: options.poolSize, onError },
  );
  const storage = createPostgresStorage(db, { registry, now });
  const log = createPostgresMessageLog(db, { now });
  const transport = createLogTransport(log, { onError, ...options.transport, registry, now });
  let closing: Promise<void> | undefined;
  return {
    storage,
    log,
    transport,
    migrate: () => db.ready(),
    close() {
      closing ??= (async () => {
        await transport.close();
        await log.close();
        await storage.close();
      })();
      return closing;
    },
  };
};
