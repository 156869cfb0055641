import { connect } from '@nats-io/transport-node';
import pg from 'pg';

/**
 * Creates the database of `url` when it does not exist (connecting to the server's `postgres`
 * database to do so), so `npm run start:distributed` works on a fresh server. A server that
 * cannot be reached is an error that says so.
 */
export const ensureDatabase = async (url: string): Promise<'created' | 'exists'> => {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) throw new Error(`the database URL names no database: ${url}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${admin.host}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return 'exists';
    try {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    } catch (error) {
      // Another launcher created it in the meantime.
      if ((error as { code?: string }).code !== '42P04') throw error;
    }
    return 'created';
  } finally {
    await client.end();
  }
};

/** Fails with a message naming the server unless NATS answers at `url`. */
export const checkNats = async (url: string): Promise<void> => {
  const connection = await connect({ servers: url, timeout: 5_000 }).catch((error: unknown) => {
    throw new Error(`NATS is not reachable at ${url}: ${error instanceof Error ? error.message : String(error)}`);
  });
  await connection.close();
};
