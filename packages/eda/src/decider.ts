/** The `{ type, data }` shape of the commands and events a decider works with. */
export interface TypedData {
  type: string;
  data: unknown;
}

/**
 * Business logic as three pure functions (no I/O, no clock, no ids: those come in with the
 * command). `decide` returns the events that record what happened, or `[]` when nothing changes;
 * it throws a `RuleViolationError` to reject a command. `evolve` folds one event into the state and
 * must accept every event `decide` ever produced, including events of older code: replaying a
 * stream with `evolve` from `initialState()` is how state is loaded.
 */
export interface Decider<State, Command extends TypedData, Event extends TypedData> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): Event[];
}

/** Folds `events` into `state` (by default the initial state) with the decider's `evolve`. */
export const evolveAll = <State, Event extends TypedData>(
  decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  events: readonly Event[],
  state: State = decider.initialState(),
): State => events.reduce((current, event) => decider.evolve(current, event), state);
