import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/**
 * Test helper (not exported by the package): one fresh database per test file, a fresh schema per
 * test inside it, and the database dropped at the end. The server comes from `DATABASE_URL`, else
 * the local default; an unreachable server fails the tests loudly, it never skips them.
 */
export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The URL without its password, for messages. */
const shown = (url: string): string => {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
};

const suffix = (): string => randomBytes(5).toString('hex');

/** A fresh schema name for one test. */
export const freshSchema = (label = 't'): string => `${label}_${suffix()}`;

/** `url` with another database, and optionally an `application_name` to find its connections by. */
export const withDatabase = (url: string, database: string, applicationName?: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (applicationName) parsed.searchParams.set('application_name', applicationName);
  return parsed.toString();
};

export interface TestDatabase {
  /** The connection string of the fresh database. */
  url: string;
  name: string;
  /** An admin pool on the fresh database, for inspecting tables and killing connections. */
  admin: pg.Pool;
  /** Ends `admin` and drops the database (and any connection still on it). */
  drop(): Promise<void>;
}

/** Connects to `DATABASE_URL`, or throws "PostgreSQL is not reachable at …" with the cause. */
const connectServer = async (): Promise<pg.Client> => {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${shown(DATABASE_URL)} (${error instanceof Error ? error.message : String(error)}). ` +
        'The *.int.test.ts tests need it: start it, or set DATABASE_URL.',
      { cause: error },
    );
  }
};

/** Creates `eda_test_<random>` on the server of `DATABASE_URL`. */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const server = await connectServer();
  const name = `eda_test_${suffix()}`;
  try {
    await server.query(`CREATE DATABASE ${name}`);
  } finally {
    await server.end();
  }
  const url = withDatabase(DATABASE_URL, name);
  const admin = new pg.Pool({ connectionString: url, max: 3 });
  admin.on('error', () => undefined);
  return {
    url,
    name,
    admin,
    async drop() {
      await admin.end();
      const again = await connectServer();
      try {
        await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await again.end();
      }
    },
  };
};

/**
 * Terminates every connection of the database whose `application_name` is `applicationName`
 * (never the server: other test files use it meanwhile). Returns how many.
 */
export const terminateConnections = async (admin: pg.Pool, applicationName: string): Promise<number> => {
  const { rows } = await admin.query<{ killed: boolean }>(
    'SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
    [applicationName],
  );
  return rows.filter((row) => row.killed).length;
};

/**
 * The fresh database of the current test file: created before its first test, dropped after its
 * last. Its fields are usable inside tests and hooks. When PostgreSQL is unreachable, EVERY test
 * of the file fails with the "not reachable" error (a failing `beforeAll` alone would only mark
 * them skipped).
 */
export const useTestDatabase = (): TestDatabase => {
  let created: TestDatabase | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      created = await createTestDatabase();
    } catch (error) {
      failure = error;
    }
  });
  beforeEach(() => {
    if (failure) throw failure;
  });
  afterAll(async () => {
    await created?.drop();
  });
  const get = (): TestDatabase => {
    if (!created) throw failure ?? new Error('the test database is created before the first test');
    return created;
  };
  return {
    get url() {
      return get().url;
    },
    get name() {
      return get().name;
    },
    get admin() {
      return get().admin;
    },
    drop: () => get().drop(),
  };
};
