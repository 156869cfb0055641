import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '@mallbots/eda';
import { createSqliteBackend, openConnections, type Durability } from '@mallbots/eda-sqlite';
import { appendRatioFigures, benchData, benchMetadata, ourAppender } from './append-ratio.js';
import type { Figure } from './measure.js';

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
          insert.run(streamId, ++version, newId(), 'bench.Deposited', JSON.stringify(benchData), JSON.stringify(benchMetadata), Date.now());
        }
        rawVersions.set(streamId, version);
      })();

    const backend = createSqliteBackend({ file: join(dir, 'store.db'), durability });
    const figures = await appendRatioFigures(`sqlite append, durability ${durability}`, rawAppend, ourAppender(backend.storage.events), minMs);
    raw.writer.close();
    raw.reader.close();
    await backend.close();
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
