import BetterSqlite3 from 'better-sqlite3';
import type { MessageRegistry, Storage } from '@mallbots/eda';
import { createSqliteBackend } from '@mallbots/eda-sqlite';
import type { AppDatabase, AppTx } from './database.js';
import { sqliteSql } from './sql.js';

export interface SqliteDatabaseOptions {
  file: string;
  registry: MessageRegistry;
  now?: () => Date;
}

/**
 * The embedded default: events, message log, inbox, sagas and every module's tables in one SQLite
 * file. Queries read through their own read-only connection (WAL), so they never wait for a writer.
 */
export const openSqliteDatabase = (options: SqliteDatabaseOptions): AppDatabase => {
  const backend = createSqliteBackend({ file: options.file, registry: options.registry, now: options.now });
  const reader = new BetterSqlite3(options.file, { readonly: true });
  const storage: Storage<AppTx> = {
    ...backend.storage,
    transaction: (work) => backend.storage.transaction((tx) => work({ ...tx, sql: sqliteSql(tx.db) })),
  };
  return {
    storage,
    read: sqliteSql(reader),
    transport: backend.transport,
    log: backend.log,
    async close() {
      await backend.close();
      reader.close();
    },
  };
};
