import { fromJsonMessage, newId, toJsonMessage, type MessageLog, type StoredDeadLetter } from '@mallbots/eda';
import type { Access } from './database.js';
import type { SchemaNames } from './schema-names.js';

type DeadLetterRow = {
  id: string;
  group_name: string;
  topic: string;
  key: string;
  position: string;
  message: unknown;
  schema_version: number;
  error: string;
  attempts: number;
  parked_at: Date;
  replaying: boolean;
};

const COLUMNS = 'id, group_name, topic, key, position, message, schema_version, error, attempts, parked_at, replaying';

const toDeadLetter = (row: DeadLetterRow): StoredDeadLetter => ({
  id: row.id,
  group: row.group_name,
  topic: row.topic,
  key: row.key,
  position: Number(row.position),
  message: fromJsonMessage(row.message),
  schemaVersion: row.schema_version,
  error: row.error,
  attempts: row.attempts,
  parkedAt: row.parked_at,
  replaying: row.replaying,
});

export type DeadLetterMethods = Pick<MessageLog, 'park' | 'listDeadLetters' | 'getDeadLetter' | 'setReplaying' | 'deleteDeadLetter'>;

/**
 * The dead-letter part of the PostgreSQL message log. Each method is one statement, so atomic.
 * `park` upserts by (group, topic, message id): a replay that fails again keeps the letter's id
 * and gets the new error. `setReplaying` only flags the letter: the transport asks its own
 * consumer for the replay, and other processes find it on their fallback poll.
 */
export const createPostgresDeadLetters = (access: Access, names: SchemaNames): DeadLetterMethods => {
  const deadLetters = names.table('dead_letters');
  return {
    async park(letter) {
      const { rows } = await access.exec<{ id: string }>(
        `INSERT INTO ${deadLetters} AS d (${COLUMNS}, message_id) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, false, $11)
         ON CONFLICT (group_name, topic, message_id) DO UPDATE SET
           key = excluded.key, position = excluded.position, message = excluded.message,
           schema_version = excluded.schema_version, error = excluded.error,
           attempts = excluded.attempts, parked_at = excluded.parked_at, replaying = false
         RETURNING d.id`,
        [
          newId(),
          letter.group,
          letter.topic,
          letter.key,
          letter.position,
          JSON.stringify(toJsonMessage(letter.message)),
          letter.schemaVersion ?? 1,
          letter.error,
          letter.attempts,
          letter.parkedAt,
          letter.message.id,
        ],
      );
      return rows[0]!.id;
    },

    async listDeadLetters(filter = {}) {
      const { rows } = await access.read<DeadLetterRow>(
        `SELECT ${COLUMNS} FROM ${deadLetters}
         WHERE ($1::text IS NULL OR group_name = $1) AND ($2::text IS NULL OR topic = $2) AND ($3::boolean IS NULL OR replaying = $3)
         ORDER BY parked_at, position`,
        [filter.group ?? null, filter.topic ?? null, filter.replaying ?? null],
      );
      return rows.map(toDeadLetter);
    },

    async getDeadLetter(id) {
      const { rows } = await access.read<DeadLetterRow>(`SELECT ${COLUMNS} FROM ${deadLetters} WHERE id = $1`, [id]);
      return rows[0] && toDeadLetter(rows[0]);
    },

    async setReplaying(id, replaying) {
      await access.exec(`UPDATE ${deadLetters} SET replaying = $2 WHERE id = $1`, [id, replaying]);
    },

    async deleteDeadLetter(id) {
      await access.exec(`DELETE FROM ${deadLetters} WHERE id = $1`, [id]);
    },
  };
};
