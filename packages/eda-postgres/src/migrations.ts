import pg, { type ClientBase, type Pool } from 'pg';
import { checkout } from './checkout.js';
import { LOCK_CLASS, schemaNames } from './schema-names.js';

/**
 * The schema, as an ordered list of steps. Step n (1-based) brings a schema from version n - 1 to
 * n; the versions applied are rows of `eda_migrations` in that schema, so every schema of a
 * database (one per module or per service) has its own version.
 *
 * Contract: steps are append-only. Never edit a released step; add a new one. A step is plain
 * SQL without schema names: it runs with `search_path` set to the target schema only.
 *
 * Times are timestamptz (a JavaScript Date round-trips exactly: milliseconds fit in
 * microseconds). Payloads are jsonb; whole messages (log, dead letters) are the core's
 * `toJsonMessage` form. Positions are bigint, handed out from sequences under the append lock
 * (append-lock.ts), never reused.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: event store, message log, consumer state, sagas */ `
  -- Global position: from event_positions, under the append lock, so in commit order.
  -- UNIQUE (stream_id, version) is both the optimistic-concurrency backstop and the index that
  -- makes the "current version" lookup a single index probe.
  CREATE SEQUENCE event_positions AS bigint;
  CREATE TABLE events (
    position       bigint      PRIMARY KEY,
    stream_id      text        NOT NULL,
    version        integer     NOT NULL,
    id             text        NOT NULL UNIQUE,
    type           text        NOT NULL,
    data           jsonb, -- NULL: the event had no data (undefined); JSON null is 'null'
    metadata       jsonb       NOT NULL,
    schema_version integer     NOT NULL,
    occurred_at    timestamptz NOT NULL,
    UNIQUE (stream_id, version)
  );
  -- No index on type: every index slows append, and a type-filtered readAll walks positions
  -- forward from a checkpoint anyway.

  CREATE TABLE snapshots (
    stream_id text    NOT NULL,
    name      text    NOT NULL,
    version   integer NOT NULL,
    state     jsonb   NOT NULL,
    PRIMARY KEY (stream_id, name)
  );

  -- One row per topic ever declared or appended to. kind NULL = never declared.
  -- last_position survives removal of every record (queues, retention), as lastPosition promises.
  CREATE TABLE log_topics (
    topic         text   PRIMARY KEY,
    kind          text   CHECK (kind IN ('stream', 'queue')),
    max_age_ms    bigint,
    max_count     bigint,
    last_position bigint NOT NULL DEFAULT 0
  );

  -- The message log, and the outbox: tx.outbox.add inserts here inside the caller's transaction.
  -- Records are deleted (queues, retention) but positions come from a sequence: never reused.
  CREATE SEQUENCE log_positions AS bigint;
  CREATE TABLE log_records (
    position       bigint      PRIMARY KEY,
    topic          text        NOT NULL,
    key            text        NOT NULL,
    message        jsonb       NOT NULL, -- toJsonMessage() of @mallbots/eda
    -- The registry version the data was encoded with: a reader with a newer registry upcasts it.
    schema_version integer     NOT NULL,
    appended_at    timestamptz NOT NULL
  );
  CREATE INDEX log_records_by_topic ON log_records (topic, position);

  CREATE TABLE log_groups (
    group_name text     NOT NULL,
    topic      text     NOT NULL,
    cursor     bigint   NOT NULL,
    done       bigint[] NOT NULL,
    PRIMARY KEY (group_name, topic)
  );

  CREATE TABLE dead_letters (
    id             text        PRIMARY KEY,
    group_name     text        NOT NULL,
    topic          text        NOT NULL,
    key            text        NOT NULL,
    position       bigint      NOT NULL,
    message_id     text        NOT NULL,
    message        jsonb       NOT NULL, -- toJsonMessage() of @mallbots/eda, as it was in the log
    schema_version integer     NOT NULL, -- kept, so a replay after a later version bump upcasts
    error          text        NOT NULL,
    attempts       integer     NOT NULL,
    parked_at      timestamptz NOT NULL,
    replaying      boolean     NOT NULL DEFAULT false,
    UNIQUE (group_name, topic, message_id)
  );

  CREATE TABLE inbox (
    consumer    text        NOT NULL,
    message_id  text        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, message_id)
  );

  CREATE TABLE checkpoints (
    name     text   PRIMARY KEY,
    position bigint NOT NULL
  );

  CREATE TABLE sagas (
    saga_name  text        NOT NULL,
    id         text        NOT NULL,
    status     text        NOT NULL,
    step       integer     NOT NULL,
    data       jsonb       NOT NULL,
    deadline   timestamptz,
    reason     text,
    revision   integer     NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (saga_name, id)
  );
  -- Each orchestrator asks for its own due instances: due(now, { sagaName }).
  CREATE INDEX sagas_by_deadline ON sagas (saga_name, deadline) WHERE deadline IS NOT NULL;
  `,
];

/** Where to migrate: a connection string (a client is opened and closed) or a pool to borrow one from. */
export type PostgresConnection = { connectionString: string; pool?: undefined } | { pool: Pool; connectionString?: undefined };

export type MigrateOptions = PostgresConnection & {
  schema: string;
  /** Default `MIGRATIONS`; tests pass their own list. */
  migrations?: readonly string[];
};

export interface MigrationResult {
  /** The schema's version before. */
  from: number;
  /** Its version now (the number of steps). */
  to: number;
}

/**
 * Brings `schema` to the latest version: creates the schema when missing, then applies every
 * pending step, all in ONE transaction (PostgreSQL DDL is transactional, so a failing step leaves
 * the schema exactly as it was). Refuses a schema written by a newer release (its version is above
 * what this code knows) instead of guessing. Safe to run from several processes at once: the
 * transaction takes a per-schema advisory lock first, so the second one waits and then finds
 * nothing to do. This is what `mallbots migrate` runs; backends run it on start too.
 */
export const migrate = async (options: MigrateOptions): Promise<MigrationResult> => {
  const { schema, migrations = MIGRATIONS } = options;
  const names = schemaNames(schema);
  if (options.pool) {
    const session = await checkout(options.pool);
    let failed = true;
    try {
      const result = await migrateOn(session.client, names.schema, migrations);
      failed = false;
      return result;
    } finally {
      // After a failure the session may still be inside the aborted transaction: never pool it.
      session.release(failed);
    }
  }
  const client = new pg.Client({ connectionString: options.connectionString });
  // Without a listener, a connection dropping between two statements would crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await migrateOn(client, names.schema, migrations);
  } finally {
    await client.end().catch(() => undefined);
  }
};

const migrateOn = async (client: ClientBase, schema: string, migrations: readonly string[]): Promise<MigrationResult> => {
  const quoted = pg.escapeIdentifier(schema);
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS.migrate, schema]);
    // Checked first: CREATE SCHEMA IF NOT EXISTS needs the CREATE privilege on the database even
    // when the schema exists, and a service may run with a role that was only given its schema.
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (exists.rowCount === 0) await client.query(`CREATE SCHEMA ${quoted}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${quoted}.eda_migrations (
         version    integer     PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number }>(`SELECT coalesce(max(version), 0) AS version FROM ${quoted}.eda_migrations`);
    const from = rows[0]!.version;
    if (from > migrations.length) {
      throw new Error(`eda-postgres: schema ${schema} is at version ${from}, newer than this code knows (${migrations.length})`);
    }
    if (from < migrations.length) {
      await client.query(`SET LOCAL search_path TO ${quoted}`);
      for (let version = from + 1; version <= migrations.length; version++) {
        await client.query(migrations[version - 1]!);
        await client.query(`INSERT INTO ${quoted}.eda_migrations (version) VALUES ($1)`, [version]);
      }
    }
    await client.query('COMMIT');
    return { from, to: migrations.length };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
};
