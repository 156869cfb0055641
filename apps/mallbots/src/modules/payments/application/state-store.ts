import { evolveAll, type Decider, type TypedData } from '@mallbots/eda';
import type { Sql } from '../../../platform/sql.js';

/** Where a state-stored decider keeps its states: one row per id, read and written in the caller's transaction. */
export interface StateRepository<State> {
  load(sql: Sql, id: string): Promise<State | undefined>;
  save(sql: Sql, id: string, state: State): Promise<void>;
}

/**
 * Decides `command` on `state` and saves the state the events lead to; saves nothing when nothing
 * happened. Throws the decider's `RuleViolationError` before anything is written.
 */
export const decideAndSave = async <State, Command extends TypedData, Event extends TypedData>(
  sql: Sql,
  decider: Decider<State, Command, Event>,
  repository: StateRepository<State>,
  id: string,
  state: State,
  command: Command,
): Promise<{ events: Event[]; state: State }> => {
  const events = decider.decide(command, state);
  if (events.length === 0) return { events, state };
  const next = evolveAll(decider, events, state);
  await repository.save(sql, id, next);
  return { events, state: next };
};
