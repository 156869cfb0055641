import { newId } from '@mallbots/eda';
import { createPostgresBackend } from '@mallbots/eda-postgres';
import pg from 'pg';
import { appendRatioFigures, benchData, benchMetadata, ourAppender } from './append-ratio.js';
import type { Figure } from './measure.js';
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Our append on PostgreSQL next to the same rows inserted by hand with node-postgres into the same
 * migrated table, one transaction per call (BEGIN, one multi-row INSERT, COMMIT). The raw side
 * skips what the store adds: the append lock that keeps positions in commit order, the
 * expected-version check, validation and the commit notification.
 */
export const postgresAppendFigures = async (minMs: number): Promise<Figure[]> => {
  const database = `mallbots_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
  const backend = createPostgresBackend({ pool, schema: 'bench' });
  try {
    await backend.migrate();
    const rawVersions = new Map<string, number>();
    const rawAppend = async (streamId: string, count: number) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const first = (rawVersions.get(streamId) ?? 0) + 1;
        const ids = Array.from({ length: count }, () => newId());
        await client.query(
          `INSERT INTO bench.events (position, stream_id, version, id, type, data, metadata, schema_version, occurred_at)
           SELECT nextval('bench.event_positions'), $1, $2::integer + e.ord - 1, e.id, 'bench.Deposited', $3::jsonb, $4::jsonb, 1, now()
           FROM unnest($5::text[]) WITH ORDINALITY AS e (id, ord)`,
          [streamId, first, JSON.stringify(benchData), JSON.stringify(benchMetadata), ids],
        );
        await client.query('COMMIT');
        rawVersions.set(streamId, first + count - 1);
      } finally {
        client.release();
      }
    };
    return await appendRatioFigures('postgres append', rawAppend, ourAppender(backend.storage.events), minMs);
  } finally {
    await backend.close();
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
};
