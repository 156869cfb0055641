import { fromJsonMessage, toJsonMessage, type LogRecord, type NewLogRecord } from '@mallbots/eda';
import { appendLockCte, reservePositions } from './append-lock.js';
import type { Access } from './database.js';
import type { SchemaNames } from './schema-names.js';

export type LogRow = {
  position: string;
  topic: string;
  key: string;
  /** jsonb: the core's `toJsonMessage` form. */
  message: unknown;
  schema_version: number;
  appended_at: Date;
};

export const LOG_COLUMNS = 'position, topic, key, message, schema_version, appended_at';

export const toLogRecord = (row: LogRow): LogRecord => ({
  position: Number(row.position),
  topic: row.topic,
  key: row.key,
  message: fromJsonMessage(row.message),
  schemaVersion: row.schema_version,
  appendedAt: row.appended_at,
});

/**
 * Appends records to the message log in ONE statement through `access` (the log's own append, or
 * the outbox, inside an application transaction or not: in this adapter the outbox IS the log, so
 * there is no relay and no second copy). The statement takes the append lock, so positions are in
 * commit order (append-lock.ts), consecutive and in the order of `records`; each topic's
 * `last_position` moves with them. The commit wakes the topics' readers, here and in other
 * processes.
 */
export const appendLogRecords = async (
  access: Pick<Access, 'append'>,
  names: SchemaNames,
  records: NewLogRecord[],
  appendedAt: Date,
): Promise<number[]> => {
  if (records.length === 0) return [];
  const { rows } = await access.append<{ position: string }>(
    { topics: new Set(records.map((record) => record.topic)) },
    `WITH ${appendLockCte(names)},
     ${reservePositions(names.table('log_positions'), '$2::bigint')},
     inserted AS (
       INSERT INTO ${names.table('log_records')} (position, topic, key, message, schema_version, appended_at)
       SELECT head.last - $2::bigint + r.ord, r.topic, r.key, $5::jsonb -> (r.ord::integer - 1), r.schema_version, $7
       FROM head, unnest($3::text[], $4::text[], $6::integer[]) WITH ORDINALITY AS r (topic, key, schema_version, ord)
       RETURNING position, topic
     ),
     heads AS (
       INSERT INTO ${names.table('log_topics')} (topic, last_position)
       SELECT topic, max(position) FROM inserted GROUP BY topic
       ON CONFLICT (topic) DO UPDATE SET last_position = excluded.last_position
     )
     SELECT position FROM inserted ORDER BY position`,
    [
      records.length,
      records.map((record) => record.topic),
      records.map((record) => record.key),
      // One JSON array, not a jsonb[]: node-postgres escapes every element of an array parameter,
      // which for the messages' JSON text cost more than serialising them.
      JSON.stringify(records.map((record) => toJsonMessage(record.message))),
      records.map((record) => record.schemaVersion ?? 1),
      appendedAt,
    ],
  );
  return rows.map((row) => Number(row.position));
};
