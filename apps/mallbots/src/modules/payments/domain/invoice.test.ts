import { RuleViolationError } from '@mallbots/eda';
import { DeciderSpecification } from '@mallbots/eda/testing';
import { describe, it } from 'vitest';
import { invoiceDecider, type InvoiceEvent } from './invoice.js';

const given = DeciderSpecification.for(invoiceDecider);
const created: InvoiceEvent = { type: 'InvoiceCreated', data: { orderId: 'order-1', amountCents: 1998 } };
const paid: InvoiceEvent = { type: 'InvoicePaid', data: {} };
const canceled: InvoiceEvent = { type: 'InvoiceCanceled', data: {} };

describe('invoice decider', () => {
  it('creates an invoice once', () => {
    given([]).when({ type: 'CreateInvoice', data: { orderId: 'order-1', amountCents: 1998 } }).then([created]);
    given([created]).when({ type: 'CreateInvoice', data: { orderId: 'order-1', amountCents: 1998 } }).thenThrows(RuleViolationError, 'the invoice already exists');
  });

  it('pays a pending invoice, and refuses to pay one that is paid, canceled or unknown', () => {
    given([created]).when({ type: 'PayInvoice', data: {} }).then([paid]);
    given([created, paid]).when({ type: 'PayInvoice', data: {} }).thenThrows(RuleViolationError, 'the invoice cannot be paid for');
    given([created, canceled]).when({ type: 'PayInvoice', data: {} }).thenThrows(RuleViolationError, 'the invoice cannot be paid for');
    given([]).when({ type: 'PayInvoice', data: {} }).thenThrows(RuleViolationError, 'the invoice was not found');
  });

  it('cancels a pending invoice, changes nothing on a canceled one, and refuses a paid one', () => {
    given([created]).when({ type: 'CancelInvoice', data: {} }).then([canceled]);
    given([created, canceled]).when({ type: 'CancelInvoice', data: {} }).thenNothingHappened();
    given([created, paid]).when({ type: 'CancelInvoice', data: {} }).thenThrows(RuleViolationError, 'the invoice cannot be canceled');
    given([]).when({ type: 'CancelInvoice', data: {} }).thenThrows(RuleViolationError, 'the invoice was not found');
  });
});
