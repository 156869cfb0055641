import type { MessageRegistry, Storage } from '@mallbots/eda';
import { createPostgresBackend } from '@mallbots/eda-postgres';
import pg from 'pg';
import type { Logger } from 'pino';
import type { AppDatabase, AppTx } from './database.js';
import { postgresSql } from './postgres-sql.js';

export interface PostgresDatabaseOptions {
  /** `postgres://user@host:port/database`. */
  url: string;
  /** The schema of the toolkit's tables and the modules' own (default `mallbots`). */
  schema?: string;
  /**
   * Connections of the pool (default 10); the backend holds one more, to LISTEN. Every process
   * on a server counts against its `max_connections` (100 by default): a machine running many
   * processes gives each fewer.
   */
  poolSize?: number;
  registry: MessageRegistry;
  now?: () => Date;
  /** Where background connection errors are reported (they never crash the process). */
  logger: Logger;
}

/**
 * The application on PostgreSQL: the toolkit's tables and the modules' own in one schema (see
 * `schemaFor`: one per set of modules a process runs, `mallbots` for all of them). The
 * pool's connections search that schema first, so the modules' SQL names its tables unqualified,
 * exactly as on SQLite.
 */
export const openPostgresDatabase = async (options: PostgresDatabaseOptions): Promise<AppDatabase> => {
  const schema = options.schema ?? 'mallbots';
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    keepAlive: true,
    allowExitOnIdle: true,
    options: `-c search_path=${schema},public`,
  });
  // The backend reports pool errors while it is open; this listener outlives it, because
  // `pool.end()` resolves before the connections have closed, and an 'error' event (a server
  // ending them) with no listener would crash the process.
  pool.on('error', (error) => options.logger.debug({ err: error }, 'a pooled PostgreSQL connection failed'));
  const backend = createPostgresBackend({
    pool,
    schema,
    registry: options.registry,
    now: options.now,
    onError: (error, context) => options.logger.warn({ err: error }, context),
  });
  try {
    await backend.migrate();
  } catch (error) {
    await backend.close();
    await pool.end();
    throw error;
  }
  const storage: Storage<AppTx> = {
    ...backend.storage,
    transaction: (work) => backend.storage.transaction((tx) => work({ ...tx, sql: postgresSql(tx.client) })),
  };
  return {
    storage,
    read: postgresSql(pool),
    transport: backend.transport,
    log: backend.log,
    async close() {
      await backend.close();
      await pool.end();
    },
  };
};
