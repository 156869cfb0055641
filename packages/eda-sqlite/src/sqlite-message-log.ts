import type { GroupState, MessageLog, TopicOptions } from '@mallbots/eda';
import { appendLogRecords, LOG_COLUMNS, toLogRecord, type LogRow } from './log-records.js';
import { createSqliteDeadLetters } from './sqlite-dead-letters.js';
import type { WriteCoordinator } from './write-coordinator.js';

export interface SqliteMessageLogOptions {
  /** The clock stamped on appended records (`appendedAt`, used by retention by age). */
  now?: () => Date;
}

interface TopicRow {
  kind: TopicOptions['kind'];
  max_age_ms: number | null;
  max_count: number | null;
}

/**
 * The `MessageLog` in the SQLite file, for `createLogTransport`.
 *
 * Contract notes:
 * - Positions are global across topics and assigned by the single writer, so commit order;
 *   `onAppend` listeners run synchronously after the commit (log appends and outbox
 *   transactions of the same file), never by polling.
 * - Each call goes through `db.outside`: reads use the read-only connection (committed records
 *   only), and a call from inside `storage.transaction()` throws instead of deadlocking.
 * - `close()` detaches this log's listeners; the file is closed by its owner (the backend).
 */
export const createSqliteMessageLog = (db: WriteCoordinator, options: SqliteMessageLogOptions = {}): MessageLog => {
  const now = options.now ?? (() => new Date());
  const access = db.outside;
  const unsubscribes = new Set<() => void>();

  return {
    async declare(topic, topicOptions) {
      await access.write(({ sql }) =>
        sql
          .get(
            `INSERT INTO log_topics (topic, kind, max_age_ms, max_count) VALUES (?, ?, ?, ?)
             ON CONFLICT (topic) DO UPDATE SET kind = excluded.kind, max_age_ms = excluded.max_age_ms, max_count = excluded.max_count`,
          )
          .run(topic, topicOptions.kind, topicOptions.retention?.maxAgeMs ?? null, topicOptions.retention?.maxCount ?? null),
      );
    },

    async topicOptions(topic) {
      const row = access.read
        .get('SELECT kind, max_age_ms, max_count FROM log_topics WHERE topic = ? AND kind IS NOT NULL')
        .get(topic) as TopicRow | undefined;
      if (!row) return undefined;
      if (row.max_age_ms === null && row.max_count === null) return { kind: row.kind };
      return {
        kind: row.kind,
        retention: {
          ...(row.max_age_ms === null ? {} : { maxAgeMs: row.max_age_ms }),
          ...(row.max_count === null ? {} : { maxCount: row.max_count }),
        },
      };
    },

    async append(records) {
      const appendedAt = now();
      return access.write((scope) => appendLogRecords(scope, records, appendedAt));
    },

    async read(topic, after, limit) {
      const rows = access.read
        .get(`SELECT ${LOG_COLUMNS} FROM log_records WHERE topic = ? AND position > ? ORDER BY position LIMIT ?`)
        .all(topic, after, limit) as LogRow[];
      return rows.map(toLogRecord);
    },

    async lastPosition(topic) {
      return (access.read.pluck('SELECT last_position FROM log_topics WHERE topic = ?').get(topic) as number | undefined) ?? 0;
    },

    async remove(topic, positions) {
      if (positions.length === 0) return;
      const list = JSON.stringify(positions);
      await access.write(({ sql }) =>
        sql.get('DELETE FROM log_records WHERE topic = ? AND position IN (SELECT value FROM json_each(?))').run(topic, list),
      );
    },

    async trim(topic, retention, at) {
      return access.write(({ sql }) => {
        let removed = 0;
        if (retention.maxAgeMs !== undefined) {
          removed += sql
            .get('DELETE FROM log_records WHERE topic = ? AND appended_at < ?')
            .run(topic, at.getTime() - retention.maxAgeMs).changes;
        }
        if (retention.maxCount !== undefined) {
          // The subquery is NULL (nothing deleted) while the topic holds maxCount records or fewer.
          removed += sql
            .get(
              `DELETE FROM log_records WHERE topic = ? AND position <=
                 (SELECT position FROM log_records WHERE topic = ? ORDER BY position DESC LIMIT 1 OFFSET ?)`,
            )
            .run(topic, topic, retention.maxCount).changes;
        }
        return removed;
      });
    },

    async loadGroup(group, topic) {
      const row = access.read.get('SELECT cursor, done FROM log_groups WHERE group_name = ? AND topic = ?').get(group, topic) as
        | { cursor: number; done: string }
        | undefined;
      if (!row) return undefined;
      const state: GroupState = { cursor: row.cursor, done: JSON.parse(row.done) as number[] };
      return state;
    },

    async saveGroup(group, topic, state) {
      const done = JSON.stringify(state.done);
      await access.write(({ sql }) =>
        sql
          .get(
            `INSERT INTO log_groups (group_name, topic, cursor, done) VALUES (?, ?, ?, ?)
             ON CONFLICT (group_name, topic) DO UPDATE SET cursor = excluded.cursor, done = excluded.done`,
          )
          .run(group, topic, state.cursor, done),
      );
    },

    ...createSqliteDeadLetters(access),

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
