import type { CheckpointStore } from '@mallbots/eda';
import type { Access } from './write-coordinator.js';

/** Named reader positions. Set inside a transaction, a checkpoint commits with the projection's rows. */
export const createSqliteCheckpoints = (access: Access): CheckpointStore => ({
  async get(name) {
    return access.read.pluck('SELECT position FROM checkpoints WHERE name = ?').get(name) as number | undefined;
  },

  async set(name, position) {
    await access.write(({ sql }) =>
      sql
        .get('INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position')
        .run(name, position),
    );
  },

  async delete(name) {
    await access.write(({ sql }) => sql.get('DELETE FROM checkpoints WHERE name = ?').run(name));
  },
});
