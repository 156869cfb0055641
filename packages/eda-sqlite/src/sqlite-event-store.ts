import {
  checkExpectedVersion,
  decodeEvent,
  DEFAULT_READ_ALL_LIMIT,
  prepareEvents,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type Metadata,
  type MessageRegistry,
  type NewEvent,
  type StoredEvent,
} from '@mallbots/eda';
import type { Access } from './write-coordinator.js';

interface EventRecord {
  position: number;
  stream_id: string;
  version: number;
  id: string;
  type: string;
  data: string | null;
  metadata: string;
  schema_version: number;
  occurred_at: number;
}

const COLUMNS = 'position, stream_id, version, id, type, data, metadata, schema_version, occurred_at';
// MAX over the (stream_id, version) unique index is a single b-tree seek.
const SQL_VERSION = 'SELECT MAX(version) FROM events WHERE stream_id = ?';
const SQL_LAST_POSITION = 'SELECT MAX(position) FROM events';
const SQL_INSERT =
  'INSERT INTO events (stream_id, version, id, type, data, metadata, schema_version, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
const SQL_READ_STREAM = `SELECT ${COLUMNS} FROM events
  WHERE stream_id = ? AND version >= ? AND version <= ? AND occurred_at <= ? ORDER BY version`;
const SQL_READ_ALL = `SELECT ${COLUMNS} FROM events WHERE position >= ? ORDER BY position LIMIT ?`;
const SQL_READ_ALL_TYPES = `SELECT ${COLUMNS} FROM events
  WHERE position >= ? AND type IN (SELECT value FROM json_each(?)) ORDER BY position LIMIT ?`;

// JSON has no `undefined`; NULL keeps a payload-less event's data `undefined` on the way back.
const toJson = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

const toStoredEvent = (row: EventRecord): StoredEvent => ({
  id: row.id,
  type: row.type,
  data: row.data === null ? undefined : (JSON.parse(row.data) as unknown),
  metadata: JSON.parse(row.metadata) as Metadata,
  occurredAt: new Date(row.occurred_at),
  streamId: row.stream_id,
  version: row.version,
  position: row.position,
  schemaVersion: row.schema_version,
});

/**
 * The event store over the `events` table. Positions are rowids of the single writer, so the
 * global order is the commit order and `readAll` never skips a later-committed event.
 *
 * Append does exactly one read (the stream's version) and one insert per event, inside one
 * SQLite transaction (or a savepoint of the caller's transaction).
 */
export const createSqliteEventStore = (access: Access, registry: MessageRegistry | undefined): EventStore => {
  const decode = (rows: EventRecord[]): StoredEvent[] => rows.map((row) => decodeEvent(registry, toStoredEvent(row)));

  return {
    async append(streamId: string, events: NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
      // Validate and encode before taking the writer: a bad payload must not cost a transaction.
      const rows = prepareEvents(registry, events).map((row) => [
        row.id,
        row.type,
        toJson(row.data),
        JSON.stringify(row.metadata),
        row.schemaVersion,
        row.occurredAt.getTime(),
      ]);
      const expected = options.expectedVersion ?? 'any';
      return access.write((scope) => {
        const actual = (scope.sql.pluck(SQL_VERSION).get(streamId) as number | null) ?? 0;
        checkExpectedVersion(streamId, expected, actual);
        const insert = scope.sql.get(SQL_INSERT);
        const positions = rows.map(([id, type, data, metadata, schemaVersion, occurredAt], index) =>
          Number(insert.run(streamId, actual + index + 1, id, type, data, metadata, schemaVersion, occurredAt).lastInsertRowid),
        );
        if (positions.length > 0) scope.eventsAppended = true;
        return { nextExpectedVersion: actual + positions.length, positions };
      });
    },

    async readStream(streamId, options = {}) {
      const rows = access.read
        .get(SQL_READ_STREAM)
        .all(
          streamId,
          options.fromVersion ?? 1,
          options.toVersion ?? Number.MAX_SAFE_INTEGER,
          options.asOf?.getTime() ?? Number.MAX_SAFE_INTEGER,
        ) as EventRecord[];
      return decode(rows);
    },

    async streamVersion(streamId) {
      return (access.read.pluck(SQL_VERSION).get(streamId) as number | null) ?? 0;
    },

    async lastPosition() {
      return (access.read.pluck(SQL_LAST_POSITION).get() as number | null) ?? 0;
    },

    async readAll(options = {}) {
      const from = options.fromPosition ?? 1;
      const limit = options.limit ?? DEFAULT_READ_ALL_LIMIT;
      const rows = (
        options.types
          ? access.read.get(SQL_READ_ALL_TYPES).all(from, JSON.stringify(options.types), limit)
          : access.read.get(SQL_READ_ALL).all(from, limit)
      ) as EventRecord[];
      return decode(rows);
    },
  };
};
