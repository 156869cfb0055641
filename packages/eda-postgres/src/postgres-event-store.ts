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
import { appendLockCte, reservePositions } from './append-lock.js';
import type { Access } from './database.js';
import type { SchemaNames } from './schema-names.js';

type EventRow = {
  position: string;
  stream_id: string;
  version: number;
  id: string;
  type: string;
  /** jsonb as text: NULL (no data) stays apart from JSON null, which the jsonb parser would merge. */
  data: string | null;
  metadata: Metadata;
  schema_version: number;
  occurred_at: Date;
};

/** Versions are `integer` columns: a bound beyond that range means "no bound". */
const MAX_INT4 = 2_147_483_647;
const toInt4 = (value: number): number => Math.min(Math.max(Math.trunc(value), -MAX_INT4), MAX_INT4);

// JSON has no `undefined`; NULL keeps a payload-less event's data `undefined` on the way back.
const toJson = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

const toStoredEvent = (row: EventRow): StoredEvent => ({
  id: row.id,
  type: row.type,
  data: row.data === null ? undefined : (JSON.parse(row.data) as unknown),
  metadata: row.metadata,
  occurredAt: row.occurred_at,
  streamId: row.stream_id,
  version: row.version,
  position: Number(row.position),
  schemaVersion: row.schema_version,
});

/**
 * The event store over the `events` table of one schema.
 *
 * Append, in one transaction (the caller's, or its own): the append lock (append-lock.ts: the
 * global order is the commit order, so `readAll` never skips), the stream's current version read
 * AFTER the lock (under READ COMMITTED each statement sees what committed before it began, so it
 * sees every earlier appender's commit: of N racing appenders exactly one passes the check, and
 * the others get a `ConcurrencyError` with the winner's version), then all events in one INSERT.
 * A transaction that holds the lock already (it appended before) skips the lock statement.
 */
export const createPostgresEventStore = (access: Access, names: SchemaNames, registry: MessageRegistry | undefined): EventStore => {
  const events = names.table('events');
  const columns = 'position, stream_id, version, id, type, data::text AS data, metadata, schema_version, occurred_at';
  // MAX over the (stream_id, version) unique index is a single index probe.
  const sqlVersion = `SELECT coalesce(max(version), 0) AS version FROM ${events} WHERE stream_id = $1`;
  // The lock alone, before the version is read: that read must see the previous appender's commit.
  const sqlLock = `WITH ${appendLockCte(names)} SELECT 1 FROM appending`;
  const sqlInsert = `WITH ${appendLockCte(names)}, ${reservePositions(names.table('event_positions'), '$4::bigint')}
    INSERT INTO ${events} (position, stream_id, version, id, type, data, metadata, schema_version, occurred_at)
    SELECT head.last - $4::bigint + e.ord, $2, $3::integer + e.ord, e.id, e.type, e.data, e.metadata, e.schema_version, e.occurred_at
    FROM head, unnest($5::text[], $6::text[], $7::jsonb[], $8::jsonb[], $9::integer[], $10::timestamptz[])
      WITH ORDINALITY AS e (id, type, data, metadata, schema_version, occurred_at, ord)
    RETURNING position`;
  const sqlReadStream = `SELECT ${columns} FROM ${events}
    WHERE stream_id = $1 AND version >= $2 AND version <= $3 AND occurred_at <= $4 ORDER BY version`;
  const sqlReadAll = `SELECT ${columns} FROM ${events} WHERE position >= $1 ORDER BY position LIMIT $2`;
  const sqlReadAllTypes = `SELECT ${columns} FROM ${events} WHERE position >= $1 AND type = ANY($3::text[]) ORDER BY position LIMIT $2`;
  const sqlLastPosition = `SELECT coalesce(max(position), 0) AS position FROM ${events}`;

  const decode = (rows: EventRow[]): StoredEvent[] => rows.map((row) => decodeEvent(registry, toStoredEvent(row)));

  const streamVersion = async (streamId: string): Promise<number> =>
    (await access.read<{ version: number }>(sqlVersion, [streamId])).rows[0]!.version;

  return {
    async append(streamId: string, newEvents: NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
      // Validate and encode before taking the lock: a bad payload must not cost a transaction.
      const rows = prepareEvents(registry, newEvents);
      const expected = options.expectedVersion ?? 'any';
      if (rows.length === 0) {
        const actual = await streamVersion(streamId);
        checkExpectedVersion(streamId, expected, actual);
        return { nextExpectedVersion: actual, positions: [] };
      }
      return access.write(async (scope) => {
        if (!scope.holdsAppendLock) await scope.append({ events: true }, sqlLock);
        const actual = (await scope.query<{ version: number }>(sqlVersion, [streamId])).rows[0]!.version;
        checkExpectedVersion(streamId, expected, actual);
        const inserted = await scope.append<{ position: string }>({ events: true }, sqlInsert, [
          streamId,
          actual,
          rows.length,
          rows.map((row) => row.id),
          rows.map((row) => row.type),
          rows.map((row) => toJson(row.data)),
          rows.map((row) => JSON.stringify(row.metadata)),
          rows.map((row) => row.schemaVersion),
          rows.map((row) => row.occurredAt.toISOString()),
        ]);
        const positions = inserted.rows.map((row) => Number(row.position)).sort((a, b) => a - b);
        return { nextExpectedVersion: actual + positions.length, positions };
      });
    },

    async readStream(streamId, options = {}) {
      const { rows } = await access.read<EventRow>(sqlReadStream, [
        streamId,
        toInt4(options.fromVersion ?? 1),
        toInt4(options.toVersion ?? MAX_INT4),
        options.asOf?.toISOString() ?? 'infinity',
      ]);
      return decode(rows);
    },

    streamVersion,

    async lastPosition() {
      return Number((await access.read<{ position: string }>(sqlLastPosition)).rows[0]!.position);
    },

    async readAll(options = {}) {
      const from = options.fromPosition ?? 1;
      const limit = options.limit ?? DEFAULT_READ_ALL_LIMIT;
      const { rows } = options.types
        ? await access.read<EventRow>(sqlReadAllTypes, [from, limit, options.types])
        : await access.read<EventRow>(sqlReadAll, [from, limit]);
      return decode(rows);
    },
  };
};
