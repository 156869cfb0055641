import { newId, newTraceparent } from '@mallbots/eda';
import { createPostgresBackend } from '@mallbots/eda-postgres';
import pg from 'pg';
import { figure, rate, type Figure } from './measure.js';

const data = { amountCents: 1250, note: 'a deposit of the usual size' };
const metadata = { correlationId: newId(), causationId: newId(), traceparent: newTraceparent(), kind: 'event' as const };
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
          [streamId, first, JSON.stringify(data), JSON.stringify(metadata), ids],
        );
        await client.query('COMMIT');
        rawVersions.set(streamId, first + count - 1);
      } finally {
        client.release();
      }
    };
    const versions = new Map<string, number>();
    const ourAppend = async (streamId: string, count: number) => {
      const expectedVersion = versions.get(streamId) ?? 0;
      const events = Array.from({ length: count }, () => ({ type: 'bench.Deposited', data, metadata }));
      const { nextExpectedVersion } = await backend.storage.events.append(streamId, events, { expectedVersion });
      versions.set(streamId, nextExpectedVersion);
    };

    const figures: Figure[] = [];
    for (const perCall of [1, 100]) {
      let call = 0;
      const streamOf = (prefix: string) => `${prefix}-${perCall}-${Math.floor((call++ * perCall) / 1000)}`;
      const rawRate = await rate(async () => (await rawAppend(streamOf('raw'), perCall), perCall), minMs);
      call = 0;
      const ourRate = await rate(async () => (await ourAppend(streamOf('ours'), perCall), perCall), minMs);
      figures.push(figure(`postgres append, ${perCall} event${perCall > 1 ? 's' : ''}/call`, ourRate, 'events/s', rawRate));
    }
    return figures;
  } finally {
    await backend.close();
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
};
