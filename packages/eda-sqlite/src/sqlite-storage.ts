import type { Database } from 'better-sqlite3';
import type { MessageRegistry, Storage, StorageUnit } from '@mallbots/eda';
import { createSqliteCheckpoints } from './sqlite-checkpoints.js';
import { createSqliteEventStore } from './sqlite-event-store.js';
import { createSqliteInbox } from './sqlite-inbox.js';
import { createSqliteOutbox } from './sqlite-outbox.js';
import { createSqliteSagaStore } from './sqlite-saga-store.js';
import { createSqliteSnapshotStore } from './sqlite-snapshot-store.js';
import type { Access, WriteCoordinator } from './write-coordinator.js';

/**
 * The transaction handle of the SQLite storage. `db` is the writer connection inside the open
 * transaction: run your own statements on it (your own tables) and they commit or roll back with
 * the events, outbox messages, inbox records and checkpoints written through this handle.
 *
 * Trap: `db` is only valid until `work` settles; do not keep it, and never run BEGIN/COMMIT on it.
 */
export interface SqliteTx extends StorageUnit {
  readonly db: Database;
}

export interface SqliteStorageOptions {
  registry?: MessageRegistry;
  /** The clock stamped on outbox records (`appendedAt`, used by retention by age). */
  now?: () => Date;
}

const unitOf = (access: Access, options: SqliteStorageOptions): StorageUnit => ({
  events: createSqliteEventStore(access, options.registry),
  snapshots: createSqliteSnapshotStore(access),
  outbox: createSqliteOutbox(access, options.registry, options.now ?? (() => new Date())),
  inbox: createSqliteInbox(access),
  checkpoints: createSqliteCheckpoints(access),
  sagas: createSqliteSagaStore(access),
});

/**
 * `Storage` over one SQLite file. The parts used directly commit one call at a time (reads go to
 * the read-only connection, so they never see an open transaction's writes); `transaction` holds
 * the single writer from BEGIN IMMEDIATE to COMMIT, so transactions are serializable.
 *
 * `close()` closes the file (after the open transaction, if any); it is owned by this storage.
 */
export const createSqliteStorage = (db: WriteCoordinator, options: SqliteStorageOptions = {}): Storage<SqliteTx> => {
  const outside = unitOf(db.outside, options);
  return {
    ...outside,
    transaction: (work) =>
      db.transaction((scope) => work({ ...unitOf(db.inside(scope), options), db: scope.sql.db })),
    onEventsAppended: (listener) => db.onEventsAppended(listener),
    close: () => db.close(),
  };
};
