import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { migrateMallbots } from './app.js';
import { allModules } from './modules.js';
import { createTestDatabase } from './testing/postgres-test-database.js';

/** Each module with tables, at the version of its last step. */
const expected = Object.values(allModules)
  .filter((module) => module.migrations)
  .map((module) => ({ module: module.name, version: module.migrations!.length }))
  .sort((a, b) => a.module.localeCompare(b.module));

describe('mallbots migrate', () => {
  const logger = pino({ level: 'silent' });

  it('brings every module of a fresh SQLite file to its last step, and does nothing the second time', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mallbots-migrate-'));
    try {
      await migrateMallbots({ dataDir, logger });
      await migrateMallbots({ dataDir, logger });
      const db = new BetterSqlite3(join(dataDir, 'mallbots.db'), { readonly: true });
      expect(db.prepare('SELECT module, version FROM app_migrations ORDER BY module').all()).toEqual(expected);
      db.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('does the same on PostgreSQL, in the mallbots schema', async () => {
    const database = await createTestDatabase();
    try {
      await migrateMallbots({ dataDir: '', database: database.url, logger });
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query('SELECT module, version FROM mallbots.app_migrations ORDER BY module');
      await client.end();
      expect(rows).toEqual(expected);
    } finally {
      await database.drop();
    }
  });

  it('migrates a subset of the modules in its own schema, with its own toolkit tables, leaving the others alone', async () => {
    const database = await createTestDatabase();
    const client = new pg.Client({ connectionString: database.url });
    try {
      expect(await migrateMallbots({ dataDir: '', database: database.url, modules: ['stores', 'search'], logger })).toEqual(['stores', 'search']);
      await migrateMallbots({ dataDir: '', database: database.url, modules: ['customers'], logger });
      await client.connect();
      const schemas = await client.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'mallbots%' ORDER BY nspname");
      expect(schemas.rows.map((row) => row.nspname)).toEqual(['mallbots_customers', 'mallbots_stores_search']);
      const versions = await client.query('SELECT module, version FROM mallbots_stores_search.app_migrations ORDER BY module');
      expect(versions.rows).toEqual(expected.filter(({ module }) => module === 'stores' || module === 'search'));
      // The toolkit's own tables, outbox (the log) and inbox among them, in each schema.
      for (const schema of ['mallbots_customers', 'mallbots_stores_search']) {
        const tables = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = $1", [schema]);
        expect(tables.rows.map((row) => row.table_name)).toEqual(expect.arrayContaining(['eda_migrations', 'events', 'log_records', 'inbox', 'sagas']));
      }
    } finally {
      await client.end();
      await database.drop();
    }
  });
});
