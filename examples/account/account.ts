import { z } from 'zod';
import { MessageRegistry, RuleViolationError, type Decider } from '@mallbots/eda';

/** The events of an account, as a registry of zod schemas (what the store validates against). */
export const accountEvents = new MessageRegistry()
  .register({ type: 'account.Opened', schema: z.object({ owner: z.string().min(1) }) })
  .register({ type: 'account.Deposited', schema: z.object({ amountCents: z.number().int().positive() }) })
  .register({ type: 'account.Withdrawn', schema: z.object({ amountCents: z.number().int().positive() }) });

export type AccountEvent =
  | { type: 'account.Opened'; data: { owner: string } }
  | { type: 'account.Deposited'; data: { amountCents: number } }
  | { type: 'account.Withdrawn'; data: { amountCents: number } };

export type AccountCommand =
  | { type: 'Open'; data: { owner: string } }
  | { type: 'Deposit'; data: { amountCents: number } }
  | { type: 'Withdraw'; data: { amountCents: number } };

export interface Account {
  open: boolean;
  owner: string;
  balanceCents: number;
}

const positive = (amountCents: number): void => {
  if (!Number.isInteger(amountCents) || amountCents <= 0) {
    throw new RuleViolationError('the amount must be a positive number of cents');
  }
};

/** The balance is a fold of deposits and withdrawals; an account never goes below zero. */
export const accountDecider: Decider<Account, AccountCommand, AccountEvent> = {
  initialState: () => ({ open: false, owner: '', balanceCents: 0 }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'account.Opened':
        return { ...state, open: true, owner: event.data.owner };
      case 'account.Deposited':
        return { ...state, balanceCents: state.balanceCents + event.data.amountCents };
      case 'account.Withdrawn':
        return { ...state, balanceCents: state.balanceCents - event.data.amountCents };
    }
  },
  decide: (command, state) => {
    if (command.type === 'Open') {
      if (state.open) throw new RuleViolationError('the account is already open');
      return [{ type: 'account.Opened', data: { owner: command.data.owner } }];
    }
    if (!state.open) throw new RuleViolationError('the account is not open');
    positive(command.data.amountCents);
    if (command.type === 'Deposit') {
      return [{ type: 'account.Deposited', data: { amountCents: command.data.amountCents } }];
    }
    if (command.data.amountCents > state.balanceCents) {
      throw new RuleViolationError('the balance is too low for this withdrawal');
    }
    return [{ type: 'account.Withdrawn', data: { amountCents: command.data.amountCents } }];
  },
};
