import { deserializeMessage, serializeMessage, type LogRecord, type NewLogRecord } from '@mallbots/eda';
import type { WriteScope } from './write-coordinator.js';

export interface LogRow {
  position: number;
  topic: string;
  key: string;
  message: string;
  schema_version: number;
  appended_at: number;
}

export const LOG_COLUMNS = 'position, topic, key, message, schema_version, appended_at';

export const toLogRecord = (row: LogRow): LogRecord => ({
  position: row.position,
  topic: row.topic,
  key: row.key,
  message: deserializeMessage(row.message),
  schemaVersion: row.schema_version,
  appendedAt: new Date(row.appended_at),
});

/**
 * Appends records to the message log inside the caller's write (the log's own append, or the
 * outbox inside an application transaction: in this adapter the outbox IS the log, so there is
 * no relay and no second copy). Positions are rowids of the single writer, i.e. commit order.
 * Marks the topics in `scope` so their listeners wake after the commit.
 */
export const appendLogRecords = (scope: WriteScope, records: NewLogRecord[], appendedAt: Date): number[] => {
  const insert = scope.sql.get('INSERT INTO log_records (topic, key, message, schema_version, appended_at) VALUES (?, ?, ?, ?, ?)');
  const at = appendedAt.getTime();
  const last = new Map<string, number>();
  const positions = records.map(({ topic, key, message, schemaVersion = 1 }) => {
    const position = Number(insert.run(topic, key, serializeMessage(message), schemaVersion, at).lastInsertRowid);
    last.set(topic, position);
    return position;
  });
  const head = scope.sql.get(
    `INSERT INTO log_topics (topic, last_position) VALUES (?, ?)
     ON CONFLICT (topic) DO UPDATE SET last_position = excluded.last_position`,
  );
  for (const [topic, position] of last) {
    head.run(topic, position);
    scope.topics.add(topic);
  }
  return positions;
};
