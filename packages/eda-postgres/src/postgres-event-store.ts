import {
  checkExpectedVersion,
  decodeEvent,
  DEFAULT_READ_ALL_LIMIT,
  prepareEvents,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type ExpectedVersion,
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
 * The versions that satisfy `expected` (as `checkExpectedVersion` decides) as SQL bounds; an empty
 * range when none can (a fractional version), which sends the append to the careful path.
 */
const versionBounds = (expected: ExpectedVersion): [number, number] => {
  if (expected === 'any') return [0, MAX_INT4];
  if (expected === 'exists') return [1, MAX_INT4];
  if (expected === 'no_stream') return [0, 0];
  return Number.isSafeInteger(expected) ? [expected, expected] : [1, 0];
};

const isUniqueViolation = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === '23505';

type Inserted = { position: string; version: number };

const appended = (rows: Inserted[]): AppendResult => ({
  nextExpectedVersion: rows.reduce((last, row) => Math.max(last, row.version), 0),
  positions: rows.map((row) => Number(row.position)).sort((a, b) => a - b),
});

/**
 * The event store over the `events` table of one schema.
 *
 * Append: ONE statement (`sqlAppend`) reads the stream's version, checks it against the expected
 * one, takes the append lock (append-lock.ts: the global order is the commit order, so `readAll`
 * never skips), reserves positions and inserts all events, numbered from the version it read.
 *
 * Outside a caller's transaction that statement is the whole append, in one round trip: it
 * commits on its own, and the lock is held until that implicit commit. Its version read is not
 * exact: under READ COMMITTED its snapshot is taken before it waits for the lock, so it can miss
 * the commit of the appender it waited for. Such a read can only be BEHIND (versions only grow,
 * without gaps), and then the version it inserts first exists already: the unique index
 * (stream_id, version) refuses it (23505), nothing is written, and no version gap or second
 * winner is possible; a read that matches and passes the index was exact. When the statement
 * fails so, or its check fails (on a possibly stale read), the append takes the careful path.
 *
 * The careful path, in one transaction (the caller's, or its own): the lock, then the version
 * read AFTER it (a later statement, whose snapshot sees every earlier appender's commit: of N
 * racing appenders exactly one passes, and the others get a `ConcurrencyError` with the actual
 * version), then `sqlAppend`, now exact. A transaction that holds the lock skips the lock statement.
 */
export const createPostgresEventStore = (access: Access, names: SchemaNames, registry: MessageRegistry | undefined): EventStore => {
  const events = names.table('events');
  const columns = 'position, stream_id, version, id, type, data::text AS data, metadata, schema_version, occurred_at';
  // MAX over the (stream_id, version) unique index is a single index probe.
  const sqlVersion = `SELECT coalesce(max(version), 0) AS version FROM ${events} WHERE stream_id = $1`;
  // The lock alone, before the version is read: that read must see the previous appender's commit.
  const sqlLock = `WITH ${appendLockCte(names)} SELECT 1 FROM appending`;
  // $2 stream, $3..$4 the versions it may be at, $5 how many events, $6 the events as one JSON
  // array (a missing `data` key, an `undefined` payload, gives NULL; JSON null stays 'null').
  // Positions: `reservePositions` under the lock; versions: the version read + 1, 2, ...
  // Named: parsed and planned once per connection.
  const sqlAppend = {
    name: `eda_${names.schema}_append_events`,
    text: `WITH stream AS (SELECT coalesce(max(version), 0) AS version FROM ${events} WHERE stream_id = $2),
    ${appendLockCte(names, 'FROM stream WHERE stream.version BETWEEN $3::bigint AND $4::bigint')},
    ${reservePositions(names.table('event_positions'), '$5::bigint')}
    INSERT INTO ${events} (position, stream_id, version, id, type, data, metadata, schema_version, occurred_at)
    SELECT head.last - $5::bigint + e.ord, $2, stream.version + e.ord, e.value->>'id', e.value->>'type', e.value->'data',
      e.value->'metadata', (e.value->>'schemaVersion')::integer, (e.value->>'occurredAt')::timestamptz
    FROM head, stream, jsonb_array_elements($6::jsonb) WITH ORDINALITY AS e (value, ord)
    RETURNING position, version`,
  };
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
      // One JSON text for all events: cheaper to encode and send than an array per column.
      const batch = [
        rows.length,
        JSON.stringify(rows.map(({ id, type, data, metadata, schemaVersion, occurredAt }) => ({ id, type, data, metadata, schemaVersion, occurredAt }))),
      ];
      if (!access.inTransaction) {
        try {
          const inserted = await access.append<Inserted>({ events: true }, sqlAppend, [streamId, ...versionBounds(expected), ...batch]);
          if (inserted.rows.length > 0) return appended(inserted.rows);
        } catch (error) {
          // The stale read (or a duplicate event id, which the careful path reports again).
          if (!isUniqueViolation(error)) throw error;
        }
      }
      return access.write(async (scope) => {
        if (!scope.holdsAppendLock) await scope.append({ events: true }, sqlLock);
        const actual = (await scope.query<{ version: number }>(sqlVersion, [streamId])).rows[0]!.version;
        checkExpectedVersion(streamId, expected, actual);
        return appended((await scope.append<Inserted>({ events: true }, sqlAppend, [streamId, actual, actual, ...batch])).rows);
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
