import pg from 'pg';
import { LOCK_CLASS, type SchemaNames } from './schema-names.js';
import { encodeWakeUp } from './wake-up.js';

/*
 * THE GLOBAL ORDER IS THE COMMIT ORDER
 *
 * Readers of the global order (readAll, and log.read per topic) remember the last position they
 * saw and ask for what is above it. With positions from a plain sequence that would skip events:
 * transaction A takes position 7, transaction B takes 8 and commits, a reader sees 8 and moves its
 * checkpoint past 7; then A commits 7, below every later read. A sequence hands out numbers in
 * the order transactions ASK, not in the order they COMMIT.
 *
 * The method: every transaction that appends (events, log records, outbox records) first takes
 * one transaction-scoped advisory lock per schema, `pg_advisory_xact_lock(LOCK_CLASS.append,
 * hashtext(schema))`, and only then takes its positions from the sequences. PostgreSQL releases
 * the lock only after the commit is visible to other sessions, so the next appender takes its
 * positions after every earlier one has committed (or rolled back, leaving a gap): positions are
 * handed out in commit order, and once a reader sees position p, everything below p that will ever
 * exist is already visible. Events and log records share the lock, so a transaction that appends
 * both cannot deadlock against one that appends them the other way round. An append outside a
 * caller's transaction is ONE autocommit statement that takes the lock itself: PostgreSQL holds
 * it until that statement's implicit commit, the same guarantee without BEGIN and COMMIT.
 *
 * The cost: appenders of one schema commit one at a time, from their first append to their
 * COMMIT (like SQLite's single writer, but per schema, and reads never wait). Keep transactions
 * that append short, and append late in them: slow work after an append holds up every other
 * appender of the schema. Separate schemas (modules, services) never wait for each other.
 *
 * (The alternative, xid8 columns read below `pg_snapshot_xmin(pg_current_snapshot())`, lets
 * appenders run in parallel but needs the checkpoint to be a (transaction id, position) pair: a
 * single number, as the ports define positions, can still be skipped when a transaction with an
 * older xid takes a later position.)
 */

/** What the appends of one transaction did, so its commit wakes the right readers. */
export interface AppendState {
  /** The append lock is held (until the transaction ends). */
  locked: boolean;
  /** Events were appended: `onEventsAppended` listeners wake after the commit. */
  eventsAppended: boolean;
  /** Topics that got records: their `onAppend` listeners wake after the commit. */
  readonly topics: Set<string>;
}

export const newAppendState = (): AppendState => ({ locked: false, eventsAppended: false, topics: new Set() });

/** What an append is about to add: events, records of these topics, or both. */
export interface AppendWake {
  events?: boolean;
  topics?: Iterable<string>;
}

/**
 * Records in `state` what an append adds and returns the NOTIFY payloads that this transaction
 * has not queued yet. PostgreSQL delivers notifications at commit only, and never for a
 * rolled-back transaction, so other processes are woken exactly by commits that appended; this
 * process wakes its own readers itself after the commit (the payload carries `instance`, so it
 * ignores its own). A wake-up may be spurious (an append that failed its version check inside a
 * transaction that still commits), never missing.
 */
export const queueWakeUps = (instance: string, state: AppendState, wake: AppendWake): string[] => {
  const payloads: (string | undefined)[] = [];
  if (wake.events && !state.eventsAppended) {
    state.eventsAppended = true;
    payloads.push(encodeWakeUp({ instance, kind: 'events' }));
  }
  for (const topic of wake.topics ?? []) {
    if (state.topics.has(topic)) continue;
    state.topics.add(topic);
    payloads.push(encodeWakeUp({ instance, kind: 'topic', topic }));
  }
  return payloads.filter((payload) => payload !== undefined);
};

/**
 * The CTE `appending` that every appending statement starts with: it takes the append lock (see
 * above) and queues the NOTIFY of each payload in `$1` (a text[]: `queueWakeUps`), in the same
 * round trip as the append. Statement parameters of the append itself start at `$2`.
 *
 * `guard`, a `FROM ... WHERE ...` tail, makes both conditional: when it yields no row, the
 * statement neither locks, nor reserves positions, nor notifies (the event store's version check).
 *
 * Trap: a statement's snapshot is taken when it starts, BEFORE it waits for the lock, so what it
 * reads may miss the commit of the appender it waited for. Inserting and advancing the sequences
 * do not depend on the snapshot. A read that must reflect that commit belongs in a later
 * statement, or must be made safe otherwise (the event store: the unique index catches a stale
 * stream version).
 */
export const appendLockCte = (names: SchemaNames, guard = ''): string =>
  `appending AS (SELECT pg_advisory_xact_lock(${LOCK_CLASS.append}, hashtext(${pg.escapeLiteral(names.schema)})),
     (SELECT count(pg_notify(${pg.escapeLiteral(names.channel)}, payload)) FROM unnest($1::text[]) AS payload) ${guard})`;

/**
 * A CTE `head(last)`, after `appending`, that reserves `count` consecutive positions of `sequence`
 * (a table name from `SchemaNames.table`) and yields the last one: the positions are
 * `last - count + 1 .. last`. One nextval + setval instead of one nextval per row, so the
 * positions of one append are consecutive and in the order of its rows. Only valid under the
 * append lock, which it waits for by reading `appending` (nothing else advances the sequence
 * meanwhile). `count` is a SQL expression, usually a parameter.
 *
 * Volatile CTEs are evaluated exactly once each (PostgreSQL never inlines them).
 */
export const reservePositions = (sequence: string, count: string): string =>
  `head AS (SELECT setval('${sequence}', nextval('${sequence}') + ${count} - 1) AS last FROM appending)`;
