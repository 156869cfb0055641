import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId, newTraceparent } from '@mallbots/eda';
import { createSqliteBackend, openConnections, type Durability } from '@mallbots/eda-sqlite';
import { figure, rate, type Figure } from './measure.js';

const data = { amountCents: 1250, note: 'a deposit of the usual size' };
const metadata = { correlationId: newId(), causationId: newId(), traceparent: newTraceparent(), kind: 'event' as const };

/**
 * Our append next to the same rows written by hand with better-sqlite3: same file layout (the
 * migrated schema, so the same table and indexes), the same pragmas, one transaction per call.
 * The raw side does the least any writer must: an id, the JSON text and the insert. It skips
 * what the store adds: the expected-version check, validation and the commit notification.
 */
export const appendFigures = async (durability: Durability, minMs: number): Promise<Figure[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'mallbots-bench-'));
  try {
    const raw = openConnections(join(dir, 'raw.db'), { durability });
    const insert = raw.writer.prepare(
      `INSERT INTO events (stream_id, version, id, type, data, metadata, schema_version, occurred_at)
       VALUES (?, ?, ?, ?, ?, ?, 1, ?)`,
    );
    const rawVersions = new Map<string, number>();
    const rawAppend = (streamId: string, count: number) =>
      raw.writer.transaction(() => {
        let version = rawVersions.get(streamId) ?? 0;
        for (let i = 0; i < count; i++) {
          insert.run(streamId, ++version, newId(), 'bench.Deposited', JSON.stringify(data), JSON.stringify(metadata), Date.now());
        }
        rawVersions.set(streamId, version);
      })();

    const backend = createSqliteBackend({ file: join(dir, 'store.db'), durability });
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
      // A stream per 1000 events, so both sides write many streams as an application does.
      const streamOf = (prefix: string) => `${prefix}-${perCall}-${Math.floor((call++ * perCall) / 1000)}`;
      const rawRate = await rate(() => (rawAppend(streamOf('raw'), perCall), perCall), minMs);
      call = 0;
      const ourRate = await rate(async () => (await ourAppend(streamOf('ours'), perCall), perCall), minMs);
      figures.push(figure(`sqlite append, ${perCall} event${perCall > 1 ? 's' : ''}/call, durability ${durability}`, ourRate, 'events/s', rawRate));
    }
    raw.writer.close();
    raw.reader.close();
    await backend.close();
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
