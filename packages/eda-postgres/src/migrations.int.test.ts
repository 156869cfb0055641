import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './migrations.js';
import { freshSchema, useTestDatabase } from './test-support.js';

const db = useTestDatabase();

const versionsOf = async (schema: string): Promise<number[]> =>
  (await db.admin.query<{ version: number }>(`SELECT version FROM ${schema}.eda_migrations ORDER BY version`)).rows.map((r) => r.version);

const schemaExists = async (schema: string): Promise<boolean> =>
  (await db.admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount === 1;

describe('postgres migrations', () => {
  it('creates and migrates a fresh schema, then finds nothing to do', async () => {
    const schema = freshSchema();
    expect(await migrate({ connectionString: db.url, schema })).toEqual({ from: 0, to: MIGRATIONS.length });
    expect(await migrate({ connectionString: db.url, schema })).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length });
    expect(await versionsOf(schema)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const tables = await db.admin.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [schema],
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual([
      'checkpoints',
      'dead_letters',
      'eda_migrations',
      'events',
      'inbox',
      'log_groups',
      'log_records',
      'log_topics',
      'sagas',
      'snapshots',
    ]);
  });

  it('lets several processes start at once: one migrates, the others wait and find it done', async () => {
    const schema = freshSchema();
    const pool = new pg.Pool({ connectionString: db.url, max: 4 });
    try {
      const results = await Promise.all([
        migrate({ pool, schema }),
        migrate({ pool, schema }),
        migrate({ connectionString: db.url, schema }),
        migrate({ connectionString: db.url, schema }),
      ]);
      expect(results.filter((r) => r.from === 0)).toHaveLength(1);
      expect(results.every((r) => r.to === MIGRATIONS.length)).toBe(true);
      expect(await versionsOf(schema)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    } finally {
      await pool.end();
    }
  });

  it('applies only the new steps of a later release', async () => {
    const schema = freshSchema();
    await migrate({ connectionString: db.url, schema });
    const later = [...MIGRATIONS, 'CREATE TABLE extra (id integer PRIMARY KEY)'];
    expect(await migrate({ connectionString: db.url, schema, migrations: later })).toEqual({ from: MIGRATIONS.length, to: later.length });
    expect((await db.admin.query(`SELECT count(*)::int AS n FROM ${schema}.extra`)).rows).toEqual([{ n: 0 }]);
  });

  it('refuses a schema written by a newer release', async () => {
    const schema = freshSchema();
    await migrate({ connectionString: db.url, schema, migrations: [...MIGRATIONS, 'SELECT 1'] });
    await expect(migrate({ connectionString: db.url, schema })).rejects.toThrow(/newer than this code knows/);
  });

  it('leaves nothing behind when a step fails, not even the schema', async () => {
    const schema = freshSchema();
    await expect(migrate({ connectionString: db.url, schema, migrations: ['CREATE TABLE ok (id integer)', 'CREATE TABLE broken ('] })).rejects.toThrow();
    expect(await schemaExists(schema)).toBe(false);
    await migrate({ connectionString: db.url, schema });
    expect(await versionsOf(schema)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('refuses a schema name that would need quoting', async () => {
    for (const schema of ['Orders', 'has space', '1st', 'x"; DROP SCHEMA public; --', '', 'a'.repeat(64)]) {
      await expect(migrate({ connectionString: db.url, schema })).rejects.toThrow(/invalid schema name/);
    }
  });
});
