import type { Database } from 'better-sqlite3';

/**
 * The schema, as an ordered list of steps. Step n (1-based) brings a file from
 * `PRAGMA user_version = n - 1` to `n`.
 *
 * Contract: steps are append-only. Never edit a released step; add a new one. Each step runs in
 * the same transaction as the `user_version` bump, so a crash mid-migration leaves the file at
 * the previous version.
 *
 * Times are INTEGER milliseconds since the epoch (cheap to compare, exact round trip of a Date).
 * Payloads are JSON text; whole messages (log, dead letters) use the core's serializeMessage.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: event store, message log, consumer state, sagas */ `
  -- Global position = rowid. AUTOINCREMENT so a position is never reused, even if the last rows
  -- were ever removed by hand. UNIQUE(stream_id, version) is both the optimistic-concurrency
  -- backstop and the index that makes the "current version" lookup a single seek.
  CREATE TABLE events (
    position       INTEGER PRIMARY KEY AUTOINCREMENT,
    stream_id      TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    id             TEXT    NOT NULL UNIQUE,
    type           TEXT    NOT NULL,
    data           TEXT,
    metadata       TEXT    NOT NULL,
    schema_version INTEGER NOT NULL,
    occurred_at    INTEGER NOT NULL,
    UNIQUE (stream_id, version)
  );
  -- No index on type: every index slows append, and a type-filtered readAll walks positions
  -- forward from a checkpoint anyway.

  CREATE TABLE snapshots (
    stream_id TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    version   INTEGER NOT NULL,
    state     TEXT    NOT NULL,
    PRIMARY KEY (stream_id, name)
  ) WITHOUT ROWID;

  -- One row per topic ever declared or appended to. kind NULL = never declared.
  -- last_position survives removal of every record (queues, retention), as lastPosition promises.
  CREATE TABLE log_topics (
    topic         TEXT PRIMARY KEY,
    kind          TEXT CHECK (kind IN ('stream', 'queue')),
    max_age_ms    INTEGER,
    max_count     INTEGER,
    last_position INTEGER NOT NULL DEFAULT 0
  ) WITHOUT ROWID;

  -- The message log, and the outbox: tx.outbox.add inserts here inside the caller's transaction.
  -- AUTOINCREMENT: records are deleted (queues, retention) but positions must never be reused.
  CREATE TABLE log_records (
    position       INTEGER PRIMARY KEY AUTOINCREMENT,
    topic          TEXT    NOT NULL,
    key            TEXT    NOT NULL,
    message        TEXT    NOT NULL, -- serializeMessage() of @mallbots/eda
    -- The registry version the data was encoded with: a reader with a newer registry upcasts it.
    schema_version INTEGER NOT NULL,
    appended_at    INTEGER NOT NULL
  );
  CREATE INDEX log_records_by_topic ON log_records (topic, position);

  CREATE TABLE log_groups (
    group_name TEXT    NOT NULL,
    topic      TEXT    NOT NULL,
    cursor     INTEGER NOT NULL,
    done       TEXT    NOT NULL,
    PRIMARY KEY (group_name, topic)
  ) WITHOUT ROWID;

  CREATE TABLE dead_letters (
    id             TEXT    PRIMARY KEY,
    group_name     TEXT    NOT NULL,
    topic          TEXT    NOT NULL,
    key            TEXT    NOT NULL,
    position       INTEGER NOT NULL,
    message_id     TEXT    NOT NULL,
    message        TEXT    NOT NULL, -- serializeMessage() of @mallbots/eda, as it was in the log
    schema_version INTEGER NOT NULL, -- kept, so a replay after a later version bump upcasts
    error          TEXT    NOT NULL,
    attempts       INTEGER NOT NULL,
    parked_at      INTEGER NOT NULL,
    replaying      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (group_name, topic, message_id)
  ) WITHOUT ROWID;

  CREATE TABLE inbox (
    consumer    TEXT    NOT NULL,
    message_id  TEXT    NOT NULL,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (consumer, message_id)
  ) WITHOUT ROWID;

  CREATE TABLE checkpoints (
    name     TEXT    PRIMARY KEY,
    position INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE sagas (
    saga_name  TEXT    NOT NULL,
    id         TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    step       INTEGER NOT NULL,
    data       TEXT    NOT NULL,
    deadline   INTEGER,
    reason     TEXT,
    revision   INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (saga_name, id)
  ) WITHOUT ROWID;
  CREATE INDEX sagas_by_deadline ON sagas (deadline) WHERE deadline IS NOT NULL;
  `,
];

/**
 * Brings `db` to the latest schema version, one step per transaction. Refuses a file written by
 * a newer release (its `user_version` is above what this code knows) instead of guessing.
 * Returns the version the file was at before.
 */
export const migrate = (db: Database, migrations: readonly string[] = MIGRATIONS): number => {
  const before = db.pragma('user_version', { simple: true }) as number;
  if (before > migrations.length) {
    throw new Error(`database schema version ${before} is newer than this code knows (${migrations.length})`);
  }
  for (let version = before + 1; version <= migrations.length; version++) {
    // IMMEDIATE: two processes opening a fresh file at once must not both run step 1.
    db.transaction(() => {
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current >= version) return;
      db.exec(migrations[version - 1]!);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  }
  return before;
};
