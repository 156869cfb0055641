import { describe, expect, it } from 'vitest';
import type { Decider } from '../decider.js';
import { RuleViolationError } from '../errors.js';
import { DeciderSpecification } from './decider-spec.js';

type Command = { type: 'Open'; data: { owner: string } } | { type: 'Withdraw'; data: { amount: number } };
type Event = { type: 'Opened'; data: { owner: string } } | { type: 'Withdrawn'; data: { amount: number } };
interface State {
  open: boolean;
  balance: number;
}

const account: Decider<State, Command, Event> = {
  initialState: () => ({ open: false, balance: 100 }),
  evolve: (state, event) =>
    event.type === 'Opened' ? { ...state, open: true } : { ...state, balance: state.balance - event.data.amount },
  decide: (command, state) => {
    if (command.type === 'Open') return state.open ? [] : [{ type: 'Opened', data: command.data }];
    if (!state.open) throw new RuleViolationError('account is not open');
    if (command.data.amount > state.balance) throw new RuleViolationError('insufficient funds');
    return [{ type: 'Withdrawn', data: command.data }];
  },
};

const given = DeciderSpecification.for(account);
const opened: Event = { type: 'Opened', data: { owner: 'ada' } };

describe('DeciderSpecification', () => {
  it('checks the decided events', () => {
    given([opened]).when({ type: 'Withdraw', data: { amount: 30 } }).then([{ type: 'Withdrawn', data: { amount: 30 } }]);
    expect(() => given([opened]).when({ type: 'Withdraw', data: { amount: 30 } }).then([])).toThrow();
  });

  it('folds the given events before deciding', () => {
    given([opened, { type: 'Withdrawn', data: { amount: 80 } }])
      .when({ type: 'Withdraw', data: { amount: 30 } })
      .thenThrows(RuleViolationError, 'insufficient funds');
  });

  it('checks rejections by class, message, pattern or predicate', () => {
    const when = given([]).when({ type: 'Withdraw', data: { amount: 1 } });
    when.thenThrows();
    when.thenThrows(RuleViolationError);
    when.thenThrows(RuleViolationError, 'account is not open');
    when.thenThrows(RuleViolationError, /not open/);
    when.thenThrows(RuleViolationError, (error) => error.message.startsWith('account'));
    expect(() => when.thenThrows(TypeError)).toThrow();
    expect(() => when.thenThrows(RuleViolationError, 'other')).toThrow();
    expect(() => when.thenThrows(RuleViolationError, () => false)).toThrow();
  });

  it('fails thenThrows when nothing is thrown', () => {
    expect(() => given([]).when({ type: 'Open', data: { owner: 'ada' } }).thenThrows()).toThrow(/expected decide to throw/);
  });

  it('checks that nothing happened', () => {
    given([opened]).when({ type: 'Open', data: { owner: 'ada' } }).thenNothingHappened();
    expect(() => given([]).when({ type: 'Open', data: { owner: 'ada' } }).thenNothingHappened()).toThrow();
  });
});
