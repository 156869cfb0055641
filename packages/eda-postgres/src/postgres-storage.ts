import type { MessageRegistry, Storage, StorageUnit } from '@mallbots/eda';
import type { PoolClient } from 'pg';
import type { Access, Database } from './database.js';
import { createPostgresCheckpoints } from './postgres-checkpoints.js';
import { createPostgresEventStore } from './postgres-event-store.js';
import { createPostgresInbox } from './postgres-inbox.js';
import { createPostgresOutbox } from './postgres-outbox.js';
import { createPostgresSagaStore } from './postgres-saga-store.js';
import { createPostgresSnapshotStore } from './postgres-snapshot-store.js';
import type { SchemaNames } from './schema-names.js';

/**
 * The transaction handle of the PostgreSQL storage. `client` is the pooled connection inside the
 * open transaction (READ COMMITTED): run your own statements on it (your own tables) and they
 * commit or roll back with the events, outbox messages, inbox records and checkpoints written
 * through this handle.
 *
 * Traps:
 * - `client` is only valid until `work` settles; do not keep it, and never run BEGIN, COMMIT or
 *   ROLLBACK on it.
 * - The backend's own tables are schema-qualified; yours are found through the connection's
 *   `search_path`, which the backend does not change: qualify them, or set it on your pool.
 * - A statement that fails (other than a `ConcurrencyError`, which is thrown before anything is
 *   written) aborts the whole transaction: PostgreSQL refuses every later statement. Let the error
 *   propagate so that `transaction` rolls back.
 */
export interface PgTx extends StorageUnit {
  readonly client: PoolClient;
}

export interface PostgresStorageOptions {
  registry?: MessageRegistry;
  /** The clock stamped on outbox records (`appendedAt`, used by retention by age). */
  now?: () => Date;
}

const unitOf = (access: Access, names: SchemaNames, options: PostgresStorageOptions): StorageUnit => ({
  events: createPostgresEventStore(access, names, options.registry),
  snapshots: createPostgresSnapshotStore(access, names),
  outbox: createPostgresOutbox(access, names, options.registry, options.now ?? (() => new Date())),
  inbox: createPostgresInbox(access, names),
  checkpoints: createPostgresCheckpoints(access, names),
  sagas: createPostgresSagaStore(access, names),
});

/**
 * `Storage` over one schema of a PostgreSQL database. The parts used directly commit one call at
 * a time, each on a pooled connection (reads see committed data only, never an open
 * transaction's writes); `transaction` runs `work` in one READ COMMITTED transaction on one
 * connection. Transactions that append commit one at a time per schema (append-lock.ts); the
 * others run in parallel, and the version checks, inbox and saga revisions keep them correct.
 *
 * `close()` closes the database (its listener, and its pool when it opened it); it is owned by
 * this storage.
 */
export const createPostgresStorage = (db: Database, options: PostgresStorageOptions = {}): Storage<PgTx> => {
  const outside = unitOf(db.outside, db.names, options);
  return {
    ...outside,
    transaction: (work) => db.transaction((scope) => work({ ...unitOf(db.inside(scope), db.names, options), client: scope.client })),
    onEventsAppended: (listener) => db.onEventsAppended(listener),
    close: () => db.close(),
  };
};
