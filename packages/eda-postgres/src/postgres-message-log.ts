import type { GroupState, MessageLog, TopicOptions } from '@mallbots/eda';
import type { Database } from './database.js';
import { appendLogRecords, LOG_COLUMNS, toLogRecord, type LogRow } from './log-records.js';
import { createPostgresDeadLetters } from './postgres-dead-letters.js';

export interface PostgresMessageLogOptions {
  /** The clock stamped on appended records (`appendedAt`, used by retention by age). */
  now?: () => Date;
}

type TopicRow = {
  kind: TopicOptions['kind'];
  max_age_ms: string | null;
  max_count: string | null;
};

/**
 * The `MessageLog` in one PostgreSQL schema, for `createLogTransport`.
 *
 * Contract notes:
 * - Positions are global across topics and handed out under the append lock, so in commit order
 *   (append-lock.ts): `read` never skips a record committed later.
 * - `onAppend` listeners run after every commit that appended to a topic: at once for this
 *   process's commits (log appends and outbox transactions of the same database), by
 *   LISTEN/NOTIFY for other processes' commits, never by polling.
 * - Each call goes through `db.outside`: reads see committed records only, and a write from
 *   inside `storage.transaction()` throws instead of deadlocking.
 * - `close()` detaches this log's listeners; the database is closed by its owner (the backend).
 */
export const createPostgresMessageLog = (db: Database, options: PostgresMessageLogOptions = {}): MessageLog => {
  const now = options.now ?? (() => new Date());
  const { names, outside: access } = db;
  const topics = names.table('log_topics');
  const records = names.table('log_records');
  const groups = names.table('log_groups');
  const unsubscribes = new Set<() => void>();

  return {
    async declare(topic, topicOptions) {
      await access.exec(
        `INSERT INTO ${topics} (topic, kind, max_age_ms, max_count) VALUES ($1, $2, $3, $4)
         ON CONFLICT (topic) DO UPDATE SET kind = excluded.kind, max_age_ms = excluded.max_age_ms, max_count = excluded.max_count`,
        [topic, topicOptions.kind, topicOptions.retention?.maxAgeMs ?? null, topicOptions.retention?.maxCount ?? null],
      );
    },

    async topicOptions(topic) {
      const { rows } = await access.read<TopicRow>(`SELECT kind, max_age_ms, max_count FROM ${topics} WHERE topic = $1 AND kind IS NOT NULL`, [
        topic,
      ]);
      const row = rows[0];
      if (!row) return undefined;
      if (row.max_age_ms === null && row.max_count === null) return { kind: row.kind };
      return {
        kind: row.kind,
        retention: {
          ...(row.max_age_ms === null ? {} : { maxAgeMs: Number(row.max_age_ms) }),
          ...(row.max_count === null ? {} : { maxCount: Number(row.max_count) }),
        },
      };
    },

    async append(newRecords) {
      const appendedAt = now();
      return appendLogRecords(access, names, newRecords, appendedAt);
    },

    async read(topic, after, limit) {
      const { rows } = await access.read<LogRow>(
        `SELECT ${LOG_COLUMNS} FROM ${records} WHERE topic = $1 AND position > $2 ORDER BY position LIMIT $3`,
        [topic, after, limit],
      );
      return rows.map(toLogRecord);
    },

    async lastPosition(topic) {
      const { rows } = await access.read<{ last_position: string }>(`SELECT last_position FROM ${topics} WHERE topic = $1`, [topic]);
      return rows[0] ? Number(rows[0].last_position) : 0;
    },

    async remove(topic, positions) {
      if (positions.length === 0) return;
      await access.exec(`DELETE FROM ${records} WHERE topic = $1 AND position = ANY($2::bigint[])`, [topic, positions]);
    },

    async trim(topic, retention, at) {
      let removed = 0;
      if (retention.maxAgeMs !== undefined) {
        const result = await access.exec(`DELETE FROM ${records} WHERE topic = $1 AND appended_at < $2`, [
          topic,
          new Date(at.getTime() - retention.maxAgeMs),
        ]);
        removed += result.rowCount ?? 0;
      }
      if (retention.maxCount !== undefined) {
        // The subquery is NULL (nothing deleted) while the topic holds maxCount records or fewer.
        const result = await access.exec(
          `DELETE FROM ${records} WHERE topic = $1 AND position <=
             (SELECT position FROM ${records} WHERE topic = $1 ORDER BY position DESC LIMIT 1 OFFSET $2)`,
          [topic, retention.maxCount],
        );
        removed += result.rowCount ?? 0;
      }
      return removed;
    },

    async loadGroup(group, topic) {
      const { rows } = await access.read<{ cursor: string; done: string[] }>(
        `SELECT cursor, done FROM ${groups} WHERE group_name = $1 AND topic = $2`,
        [group, topic],
      );
      const row = rows[0];
      if (!row) return undefined;
      const state: GroupState = { cursor: Number(row.cursor), done: row.done.map(Number) };
      return state;
    },

    async saveGroup(group, topic, state) {
      await access.exec(
        `INSERT INTO ${groups} (group_name, topic, cursor, done) VALUES ($1, $2, $3, $4::bigint[])
         ON CONFLICT (group_name, topic) DO UPDATE SET cursor = excluded.cursor, done = excluded.done`,
        [group, topic, state.cursor, state.done],
      );
    },

    ...createPostgresDeadLetters(access, names),

    onAppend(listener) {
      const unsubscribe = db.onTopicAppended(listener);
      const remove = () => {
        unsubscribe();
        unsubscribes.delete(remove);
      };
      unsubscribes.add(remove);
      return remove;
    },

    async close() {
      for (const unsubscribe of [...unsubscribes]) unsubscribe();
    },
  };
};
