import { RuleViolationError, type Decider } from '@mallbots/eda';
import { requireNonBlank } from '../../../platform/rules.js';

/**
 * A payment authorization: a customer's promise to pay up to `amountCents`, given at the kiosk
 * before checkout. The create-order saga confirms it for one order. State-stored: the state is a
 * row, the events say what changed.
 */
export interface Payment {
  authorized: boolean;
  customerId: string;
  amountCents: number;
  /** The order (or, for a sender that does not name it, the workflow) the payment was confirmed for. */
  confirmedFor: string | null;
}

export type PaymentCommand =
  | { type: 'AuthorizePayment'; data: { customerId: string; amountCents: number } }
  | { type: 'ConfirmPayment'; data: { customerId: string; amountCents: number; confirmFor: string } };

export type PaymentEvent =
  | { type: 'PaymentAuthorized'; data: { customerId: string; amountCents: number } }
  | { type: 'PaymentConfirmed'; data: { confirmedFor: string } };

/**
 * Authorizes payments and confirms each for one order only. Confirming again for the same order
 * changes nothing (a saga may send its step twice); for another order it is refused.
 */
export const paymentDecider: Decider<Payment, PaymentCommand, PaymentEvent> = {
  initialState: () => ({ authorized: false, customerId: '', amountCents: 0, confirmedFor: null }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'PaymentAuthorized':
        return { authorized: true, customerId: event.data.customerId, amountCents: event.data.amountCents, confirmedFor: null };
      case 'PaymentConfirmed':
        return { ...state, confirmedFor: event.data.confirmedFor };
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'AuthorizePayment': {
        const { customerId, amountCents } = command.data;
        if (state.authorized) throw new RuleViolationError('the payment is already authorized');
        requireNonBlank(customerId, 'the customer id cannot be blank');
        if (amountCents <= 0) throw new RuleViolationError('the payment amount must be positive');
        return [{ type: 'PaymentAuthorized', data: { customerId, amountCents } }];
      }
      case 'ConfirmPayment': {
        const { customerId, amountCents, confirmFor } = command.data;
        if (!state.authorized) throw new RuleViolationError('the payment was not found');
        if (customerId !== state.customerId) throw new RuleViolationError('the payment belongs to another customer');
        if (amountCents > state.amountCents) throw new RuleViolationError('the payment does not cover the order total');
        if (state.confirmedFor === confirmFor) return [];
        if (state.confirmedFor !== null) throw new RuleViolationError('the payment has already been used');
        return [{ type: 'PaymentConfirmed', data: { confirmedFor: confirmFor } }];
      }
    }
  },
};
