import type { CheckpointStore } from '@mallbots/eda';
import type { Access } from './database.js';
import type { SchemaNames } from './schema-names.js';

/** Named reader positions. Set inside a transaction, a checkpoint commits with the projection's rows. */
export const createPostgresCheckpoints = (access: Access, names: SchemaNames): CheckpointStore => {
  const checkpoints = names.table('checkpoints');
  return {
    async get(name) {
      const { rows } = await access.read<{ position: string }>(`SELECT position FROM ${checkpoints} WHERE name = $1`, [name]);
      return rows[0] ? Number(rows[0].position) : undefined;
    },

    async set(name, position) {
      await access.exec(
        `INSERT INTO ${checkpoints} (name, position) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET position = excluded.position`,
        [name, position],
      );
    },

    async delete(name) {
      await access.exec(`DELETE FROM ${checkpoints} WHERE name = $1`, [name]);
    },
  };
};
