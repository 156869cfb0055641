import { expect } from 'vitest';
import { evolveAll, type Decider, type TypedData } from '../decider.js';

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

export interface DeciderThen<Event> {
  /** `decide` returns exactly these events (deep equality, in order). */
  then(expected: Event[]): void;
  /**
   * `decide` throws: an instance of `errorClass` when given, and when `check` is given, with exactly
   * that message (a string), a message matching it (a RegExp), or an error it accepts (a predicate).
   */
  thenThrows<E extends Error = Error>(errorClass?: ErrorClass<E>, check?: string | RegExp | ((error: E) => boolean)): void;
  /** `decide` returns no events. */
  thenNothingHappened(): void;
}

/**
 * Given/when/then specs for a decider, run with vitest's `expect`:
 *
 * ```ts
 * const given = DeciderSpecification.for(accountDecider);
 * given([opened]).when(withdraw(500)).thenThrows(RuleViolationError, 'insufficient funds');
 * ```
 *
 * The given events are folded with `evolve` from `initialState()`, exactly as a load would.
 */
export const DeciderSpecification = {
  for:
    <State, Command extends TypedData, Event extends TypedData>(decider: Decider<State, Command, Event>) =>
    (given: Event[]) => ({
      when: (command: Command): DeciderThen<Event> => {
        const run = (): Event[] => decider.decide(command, evolveAll(decider, given));
        return {
          then: (expected) => {
            expect(run()).toEqual(expected);
          },
          thenThrows: <E extends Error>(errorClass?: ErrorClass<E>, check?: string | RegExp | ((error: E) => boolean)) => {
            let decided: Event[];
            try {
              decided = run();
            } catch (error) {
              if (errorClass) expect(error).toBeInstanceOf(errorClass);
              if (typeof check === 'string') expect((error as E).message).toBe(check);
              else if (check instanceof RegExp) expect((error as E).message).toMatch(check);
              else if (check) expect(check(error as E), `error did not pass the check: ${String(error)}`).toBe(true);
              return;
            }
            expect.unreachable(`expected decide to throw, but it returned ${JSON.stringify(decided)}`);
          },
          thenNothingHappened: () => {
            expect(run()).toEqual([]);
          },
        };
      },
    }),
};
