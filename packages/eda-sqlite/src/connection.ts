import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from './migrations.js';

/**
 * `'full'` (default): `synchronous = FULL`, the WAL is synced on every commit, so an acknowledged
 * commit survives power loss. `'normal'`: `synchronous = NORMAL`, a commit survives a crash of
 * the process but the last commits may be lost on power loss; much faster on real disks.
 */
export type Durability = 'full' | 'normal';

export interface ConnectionOptions {
  durability?: Durability;
  /** How long a connection waits for a lock held by another process (default 5000 ms). */
  busyTimeoutMs?: number;
}

/** The writer and reader of one database file. */
export interface Connections {
  /** The only connection that writes. Everything that writes goes through the write coordinator. */
  writer: Database;
  /**
   * Read-only. Reads outside a transaction use it: under WAL each statement reads the last
   * committed snapshot, so it never sees the uncommitted writes of an open transaction.
   */
  reader: Database;
}

/**
 * The pragmas every connection to a MallBots file uses. A raw baseline that needs the same
 * settings (the benchmark's) gets them by opening its file with `openConnections`.
 */
const applyPragmas = (db: Database, options: ConnectionOptions = {}): void => {
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  if (!db.readonly) db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.durability === 'normal' ? 'NORMAL' : 'FULL'}`);
  db.pragma('foreign_keys = ON');
};

/** Opens (creating if needed) and migrates `file`, then opens its read-only reader. */
export const openConnections = (file: string, options: ConnectionOptions = {}): Connections => {
  if (file === ':memory:' || file === '') {
    // A reader connection could not see an in-memory writer's data.
    throw new Error('eda-sqlite needs a file: an in-memory database has no separate reader; use a temp file');
  }
  const writer = new BetterSqlite3(file);
  try {
    applyPragmas(writer, options);
    migrate(writer);
    const reader = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    applyPragmas(reader, options);
    return { writer, reader };
  } catch (error) {
    writer.close();
    throw error;
  }
};
