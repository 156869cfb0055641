import { evolveAll, type Decider, type TypedData } from '@mallbots/eda';
import type { Sql } from '../../../platform/sql.js';

/** A stored state and the version it was read at (it grows with every save). */
export interface Stored<State> {
  state: State;
  version: number;
}

/**
 * Where a state-stored decider keeps its states: one row per id, read and written in the caller's
 * transaction. Saves are optimistic: concurrent transactions may read one row, and only the first
 * to save it wins.
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

/**
 * Decides `command` on the `stored` state (the decider's initial one when there is none) and saves
 * the state the events lead to; saves nothing when nothing happened. Throws the decider's
 * `RuleViolationError` before anything is written, and the repository's `ConcurrencyError` when a
 * concurrent transaction saved the row first.
 */
export const decideAndSave = async <State, Command extends TypedData, Event extends TypedData>(
  sql: Sql,
  decider: Decider<State, Command, Event>,
  repository: StateRepository<State>,
  id: string,
  stored: Stored<State> | undefined,
  command: Command,
): Promise<{ events: Event[]; state: State }> => {
  const state = stored?.state ?? decider.initialState();
  const events = decider.decide(command, state);
  if (events.length === 0) return { events, state };
  const next = evolveAll(decider, events, state);
  await repository.save(sql, id, next, stored?.version);
  return { events, state: next };
};
