import type { Snapshot, SnapshotStore } from '@mallbots/eda';
import type { Access } from './write-coordinator.js';

interface SnapshotRecord {
  stream_id: string;
  name: string;
  version: number;
  state: string;
}

/**
 * Keeps the latest snapshot per (stream, name): a save replaces the previous one unless that one
 * has a higher version (two racing savers must not move a snapshot backwards).
 */
export const createSqliteSnapshotStore = (access: Access): SnapshotStore => ({
  async save(snapshot) {
    const state = JSON.stringify(snapshot.state) ?? 'null';
    await access.write(({ sql }) =>
      sql
        .get(
          `INSERT INTO snapshots (stream_id, name, version, state) VALUES (?, ?, ?, ?)
           ON CONFLICT (stream_id, name) DO UPDATE SET version = excluded.version, state = excluded.state
           WHERE excluded.version >= snapshots.version`,
        )
        .run(snapshot.streamId, snapshot.name, snapshot.version, state),
    );
  },

  async load(streamId, name, options = {}) {
    const row = access.read
      .get('SELECT stream_id, name, version, state FROM snapshots WHERE stream_id = ? AND name = ? AND version <= ?')
      .get(streamId, name, options.maxVersion ?? Number.MAX_SAFE_INTEGER) as SnapshotRecord | undefined;
    if (!row) return undefined;
    const snapshot: Snapshot = { streamId: row.stream_id, name: row.name, version: row.version, state: JSON.parse(row.state) as unknown };
    return snapshot;
  },
});
