import type { Snapshot, SnapshotStore } from '@mallbots/eda';
import type { Access } from './database.js';
import type { SchemaNames } from './schema-names.js';

type SnapshotRow = { stream_id: string; name: string; version: number; state: unknown };

/**
 * Keeps the latest snapshot per (stream, name): a save replaces the previous one unless that one
 * has a higher version (two racing savers must not move a snapshot backwards).
 */
export const createPostgresSnapshotStore = (access: Access, names: SchemaNames): SnapshotStore => {
  const snapshots = names.table('snapshots');
  return {
    async save(snapshot) {
      await access.exec(
        `INSERT INTO ${snapshots} AS s (stream_id, name, version, state) VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (stream_id, name) DO UPDATE SET version = excluded.version, state = excluded.state
         WHERE excluded.version >= s.version`,
        [snapshot.streamId, snapshot.name, snapshot.version, JSON.stringify(snapshot.state) ?? 'null'],
      );
    },

    async load(streamId, name, options = {}) {
      const { rows } = await access.read<SnapshotRow>(
        `SELECT stream_id, name, version, state FROM ${snapshots} WHERE stream_id = $1 AND name = $2 AND version <= $3::bigint`,
        [streamId, name, options.maxVersion ?? Number.MAX_SAFE_INTEGER],
      );
      const row = rows[0];
      if (!row) return undefined;
      const snapshot: Snapshot = { streamId: row.stream_id, name: row.name, version: row.version, state: row.state };
      return snapshot;
    },
  };
};
