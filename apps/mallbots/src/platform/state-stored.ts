import { evolveAll, type Decider, type TypedData } from '@mallbots/eda';
import type { AppTx } from './database.js';
import { NotFoundError } from './errors.js';
import type { Sql } from './sql.js';

/** A stored state and the version it was read at (it grows with every save). */
export interface Stored<State> {
  state: State;
  version: number;
}

/**
 * Where a state-stored decider keeps its states (the port of a plain-table module): one row per
 * id, read and written in the caller's transaction. Saves are optimistic: concurrent transactions
 * may read one row, and only the first to save it wins.
 */
export interface StateRepository<State> {
  load(sql: Sql, id: string): Promise<Stored<State> | undefined>;
  /**
   * Saves the state read at `version` (`undefined`: not stored when read). Throws a
   * `ConcurrencyError` when another transaction saved or created the row since: decide again on a
   * fresh read (`retryOnConflict`, or the transport's redelivery inside a message handler).
   */
  save(sql: Sql, id: string, state: State, version: number | undefined): Promise<void>;
}

/** How `decideAndSave` treats an id with no row: only the `creates` command may run on it. */
export interface UnknownId<Command extends TypedData> {
  /** The command type that creates the row. */
  creates: Command['type'];
  /** The `NotFoundError`'s message for any other command. */
  notFound: string;
}

/**
 * Loads the row `id` in `tx`, decides `command` on its state (the decider's initial one for the
 * creating command) and saves the state the events lead to; saves nothing when nothing happened.
 * Returns the events (for the caller to publish in the same transaction) and the state after them.
 * Throws a `NotFoundError` for an unknown id, the decider's `RuleViolationError` before anything is
 * written, and the repository's `ConcurrencyError` when a concurrent transaction saved the row first.
 */
export const decideAndSave = async <State, Command extends TypedData, Event extends TypedData>(
  tx: Pick<AppTx, 'sql'>,
  decider: Decider<State, Command, Event>,
  repository: StateRepository<State>,
  id: string,
  command: Command,
  unknown: UnknownId<Command>,
): Promise<{ events: Event[]; state: State }> => {
  const stored = await repository.load(tx.sql, id);
  if (!stored && command.type !== unknown.creates) throw new NotFoundError(unknown.notFound);
  const state = stored?.state ?? decider.initialState();
  const events = decider.decide(command, state);
  if (events.length === 0) return { events, state };
  const next = evolveAll(decider, events, state);
  await repository.save(tx.sql, id, next, stored?.version);
  return { events, state: next };
};
