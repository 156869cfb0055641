import { RuleViolationError } from '@mallbots/eda';
import { DeciderSpecification } from '@mallbots/eda/testing';
import { describe, it } from 'vitest';
import { paymentDecider, type PaymentCommand, type PaymentEvent } from './payment.js';

const given = DeciderSpecification.for(paymentDecider);
const authorized: PaymentEvent = { type: 'PaymentAuthorized', data: { customerId: 'c-1', amountCents: 2500 } };
const confirmedForOrder1: PaymentEvent = { type: 'PaymentConfirmed', data: { confirmedFor: 'order-1' } };
const confirm = (data: Partial<Extract<PaymentCommand, { type: 'ConfirmPayment' }>['data']> = {}): PaymentCommand => ({
  type: 'ConfirmPayment',
  data: { customerId: 'c-1', amountCents: 2500, confirmFor: 'order-1', ...data },
});

describe('payment decider', () => {
  it('authorizes a payment for a customer and a positive amount', () => {
    given([]).when({ type: 'AuthorizePayment', data: { customerId: 'c-1', amountCents: 2500 } }).then([authorized]);
  });

  it('refuses a blank customer id, a zero or negative amount, and a second authorization', () => {
    given([]).when({ type: 'AuthorizePayment', data: { customerId: ' ', amountCents: 100 } }).thenThrows(RuleViolationError, 'the customer id cannot be blank');
    given([]).when({ type: 'AuthorizePayment', data: { customerId: 'c-1', amountCents: 0 } }).thenThrows(RuleViolationError, 'the payment amount must be positive');
    given([]).when({ type: 'AuthorizePayment', data: { customerId: 'c-1', amountCents: -5 } }).thenThrows(RuleViolationError, 'the payment amount must be positive');
    given([authorized]).when({ type: 'AuthorizePayment', data: { customerId: 'c-1', amountCents: 100 } }).thenThrows(RuleViolationError, 'the payment is already authorized');
  });

  it('confirms an authorization of the same customer that covers the total, exactly or with room', () => {
    given([authorized]).when(confirm()).then([confirmedForOrder1]);
    given([authorized]).when(confirm({ amountCents: 1999 })).then([confirmedForOrder1]);
  });

  it('refuses an unknown payment, another customer, and a total the authorization does not cover', () => {
    given([]).when(confirm()).thenThrows(RuleViolationError, 'the payment was not found');
    given([authorized]).when(confirm({ customerId: 'c-2' })).thenThrows(RuleViolationError, 'the payment belongs to another customer');
    given([authorized]).when(confirm({ amountCents: 2501 })).thenThrows(RuleViolationError, 'the payment does not cover the order total');
  });

  it('confirms once per order: again for the same order changes nothing, for another order it is refused', () => {
    given([authorized, confirmedForOrder1]).when(confirm()).thenNothingHappened();
    given([authorized, confirmedForOrder1]).when(confirm({ confirmFor: 'order-2' })).thenThrows(RuleViolationError, 'the payment has already been used');
  });
});
