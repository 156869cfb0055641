import type { Logger } from 'pino';
import { on, skipIfNotApplicable, type Reaction } from '../../../platform/messaging.js';
import { OrderCanceled, OrderReadied } from '../../ordering/contract.js';
import type { InvoicesService } from '../application/invoices-service.js';

/**
 * Invoices follow orders: one is created when an order is readied and canceled with its order.
 * When that does not apply (the invoice exists already, is paid, or was never created) the event
 * is skipped and logged, never retried.
 */
export const orderReactions = (invoices: InvoicesService, logger: Logger): Reaction[] => [
  on(OrderReadied, (data, tx, ctx) =>
    skipIfNotApplicable(logger, { event: OrderReadied.type, orderId: data.orderId }, () => invoices.createForOrder(tx, data, ctx.message)),
  ),
  on(OrderCanceled, (data, tx, ctx) =>
    skipIfNotApplicable(logger, { event: OrderCanceled.type, orderId: data.orderId }, () => invoices.cancelForOrder(tx, data.orderId, ctx.message)),
  ),
];
