import { RuleViolationError, type Decider } from '@mallbots/eda';

export type InvoiceStatus = 'pending' | 'paid' | 'canceled';

/** What the customer pays at the depot for a readied order. Its id is the order's id. State-stored. */
export interface Invoice {
  /** `null` until the invoice is created. */
  status: InvoiceStatus | null;
  orderId: string;
  amountCents: number;
}

export type InvoiceCommand =
  | { type: 'CreateInvoice'; data: { orderId: string; amountCents: number } }
  | { type: 'PayInvoice'; data: Record<string, never> }
  | { type: 'CancelInvoice'; data: Record<string, never> };

export type InvoiceEvent =
  | { type: 'InvoiceCreated'; data: { orderId: string; amountCents: number } }
  | { type: 'InvoicePaid'; data: Record<string, never> }
  | { type: 'InvoiceCanceled'; data: Record<string, never> };

/** Creates an invoice `pending`; it is then paid or canceled, once. Canceling a canceled invoice changes nothing. */
export const invoiceDecider: Decider<Invoice, InvoiceCommand, InvoiceEvent> = {
  initialState: () => ({ status: null, orderId: '', amountCents: 0 }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'InvoiceCreated':
        return { status: 'pending', orderId: event.data.orderId, amountCents: event.data.amountCents };
      case 'InvoicePaid':
        return { ...state, status: 'paid' };
      case 'InvoiceCanceled':
        return { ...state, status: 'canceled' };
    }
  },
  decide: (command, state) => {
    if (command.type === 'CreateInvoice') {
      if (state.status !== null) throw new RuleViolationError('the invoice already exists');
      return [{ type: 'InvoiceCreated', data: { orderId: command.data.orderId, amountCents: command.data.amountCents } }];
    }
    if (state.status === null) throw new RuleViolationError('the invoice was not found');
    switch (command.type) {
      case 'PayInvoice':
        if (state.status !== 'pending') throw new RuleViolationError('the invoice cannot be paid for');
        return [{ type: 'InvoicePaid', data: {} }];
      case 'CancelInvoice':
        if (state.status === 'canceled') return [];
        if (state.status !== 'pending') throw new RuleViolationError('the invoice cannot be canceled');
        return [{ type: 'InvoiceCanceled', data: {} }];
    }
  },
};
