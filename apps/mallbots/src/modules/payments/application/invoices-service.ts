import type { Message, Storage } from '@mallbots/eda';
import type { AppTx } from '../../../platform/database.js';
import { NotFoundError } from '../../../platform/errors.js';
import { publish } from '../../../platform/messaging.js';
import { retryOnConflict } from '../../../platform/retry-on-conflict.js';
import type { Sql } from '../../../platform/sql.js';
import { decideAndSave } from '../../../platform/state-stored.js';
import { InvoiceCanceled, InvoiceCreated, InvoicePaid, PaymentsTopics } from '../contract.js';
import { invoiceDecider, type InvoiceCommand, type InvoiceEvent, type InvoiceStatus } from '../domain/invoice.js';
import type { InvoiceRepository } from './invoice-repository.js';

export interface InvoiceView {
  id: string;
  orderId: string;
  amountCents: number;
  status: InvoiceStatus;
}

export interface InvoicesServiceDeps {
  storage: Storage<AppTx>;
  read: Sql;
  repository: InvoiceRepository;
}

/** Only creating runs on an id with no invoice. */
const unknownInvoice = { creates: 'CreateInvoice', notFound: 'the invoice was not found' } as const;

/** The integration event each domain event is published as. */
const publishEvent = (tx: AppTx, invoiceId: string, orderId: string, event: InvoiceEvent, cause?: Message): Promise<void> => {
  const options = { key: invoiceId, cause };
  const topic = PaymentsTopics.invoice;
  switch (event.type) {
    case 'InvoiceCreated':
      return publish(tx, topic, InvoiceCreated, { invoiceId, orderId, amountCents: event.data.amountCents }, options);
    case 'InvoicePaid':
      return publish(tx, topic, InvoicePaid, { invoiceId, orderId }, options);
    case 'InvoiceCanceled':
      return publish(tx, topic, InvoiceCanceled, { invoiceId, orderId }, options);
  }
};

/**
 * Invoices: created when an order is readied (invoice id = order id), paid at the depot, canceled
 * with their order. Each change is decided on the stored row, saved and published in one transaction.
 */
export const createInvoicesService = ({ storage, read, repository }: InvoicesServiceDeps) => {
  /** Load, decide, save and publish inside `tx`. An unknown id is a `NotFoundError` (except to create). */
  const execute = async (tx: AppTx, id: string, command: InvoiceCommand, cause?: Message): Promise<void> => {
    const { events, state } = await decideAndSave(tx, invoiceDecider, repository, id, command, unknownInvoice);
    for (const event of events) await publishEvent(tx, id, state.orderId, event, cause);
  };

  return {
    /** The invoice of a readied order; throws the broken rule when it already exists. */
    createForOrder: (tx: AppTx, order: { orderId: string; totalCents: number }, cause: Message) =>
      execute(tx, order.orderId, { type: 'CreateInvoice', data: { orderId: order.orderId, amountCents: order.totalCents } }, cause),
    /** Cancels the invoice of a canceled order; throws when there is none or it is paid. */
    cancelForOrder: (tx: AppTx, orderId: string, cause: Message) => execute(tx, orderId, { type: 'CancelInvoice', data: {} }, cause),
    pay: (id: string) => retryOnConflict(() => storage.transaction((tx) => execute(tx, id, { type: 'PayInvoice', data: {} }))),
    async get(id: string): Promise<InvoiceView> {
      const invoice = (await repository.load(read, id))?.state;
      if (!invoice?.status) throw new NotFoundError(unknownInvoice.notFound);
      return { id, orderId: invoice.orderId, amountCents: invoice.amountCents, status: invoice.status };
    },
  };
};

export type InvoicesService = ReturnType<typeof createInvoicesService>;
