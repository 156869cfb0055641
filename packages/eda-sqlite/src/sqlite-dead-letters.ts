import { deserializeMessage, newId, serializeMessage, type MessageLog, type StoredDeadLetter } from '@mallbots/eda';
import type { Access } from './write-coordinator.js';

interface DeadLetterRow {
  id: string;
  group_name: string;
  topic: string;
  key: string;
  position: number;
  message: string;
  schema_version: number;
  error: string;
  attempts: number;
  parked_at: number;
  replaying: number;
}

const COLUMNS = 'id, group_name, topic, key, position, message, schema_version, error, attempts, parked_at, replaying';

const toDeadLetter = (row: DeadLetterRow): StoredDeadLetter => ({
  id: row.id,
  group: row.group_name,
  topic: row.topic,
  key: row.key,
  position: row.position,
  message: deserializeMessage(row.message),
  schemaVersion: row.schema_version,
  error: row.error,
  attempts: row.attempts,
  parkedAt: new Date(row.parked_at),
  replaying: row.replaying === 1,
});

export type DeadLetterMethods = Pick<
  MessageLog,
  'park' | 'listDeadLetters' | 'getDeadLetter' | 'setReplaying' | 'deleteDeadLetter'
>;

/**
 * The dead-letter part of the SQLite message log. Each method is one statement, so atomic.
 * `park` upserts by (group, topic, message id): a replay that fails again keeps the letter's id
 * and gets the new error. `setReplaying` only flags the letter: the transport asks its own
 * consumer for the replay, and other processes find it on their fallback poll.
 */
export const createSqliteDeadLetters = (access: Access): DeadLetterMethods => ({
  async park(letter) {
    const message = serializeMessage(letter.message);
    return access.write(
      ({ sql }) =>
        sql
          .pluck(
            `INSERT INTO dead_letters (${COLUMNS}, message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
             ON CONFLICT (group_name, topic, message_id) DO UPDATE SET
               key = excluded.key, position = excluded.position, message = excluded.message,
               schema_version = excluded.schema_version, error = excluded.error,
               attempts = excluded.attempts, parked_at = excluded.parked_at, replaying = 0
             RETURNING id`,
          )
          .get(
            newId(),
            letter.group,
            letter.topic,
            letter.key,
            letter.position,
            message,
            letter.schemaVersion ?? 1,
            letter.error,
            letter.attempts,
            letter.parkedAt.getTime(),
            letter.message.id,
          ) as string,
    );
  },

  async listDeadLetters(filter = {}) {
    const replaying = filter.replaying === undefined ? null : filter.replaying ? 1 : 0;
    const rows = access.read
      .get(
        `SELECT ${COLUMNS} FROM dead_letters
         WHERE (? IS NULL OR group_name = ?) AND (? IS NULL OR topic = ?) AND (? IS NULL OR replaying = ?)
         ORDER BY parked_at, position`,
      )
      .all(filter.group ?? null, filter.group ?? null, filter.topic ?? null, filter.topic ?? null, replaying, replaying) as DeadLetterRow[];
    return rows.map(toDeadLetter);
  },

  async getDeadLetter(id) {
    const row = access.read.get(`SELECT ${COLUMNS} FROM dead_letters WHERE id = ?`).get(id) as DeadLetterRow | undefined;
    return row && toDeadLetter(row);
  },

  async setReplaying(id, replaying) {
    await access.write(({ sql }) => sql.get('UPDATE dead_letters SET replaying = ? WHERE id = ?').run(replaying ? 1 : 0, id));
  },

  async deleteDeadLetter(id) {
    await access.write(({ sql }) => sql.get('DELETE FROM dead_letters WHERE id = ?').run(id));
  },
});
