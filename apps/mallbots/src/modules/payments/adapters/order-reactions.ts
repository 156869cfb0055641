import { RuleViolationError } from '@mallbots/eda';
import type { Logger } from 'pino';
import { on, type Reaction } from '../../../platform/messaging.js';
import { OrderCanceled, OrderReadied } from '../../ordering/contract.js';
import type { InvoicesService } from '../application/invoices-service.js';

/**
 * Runs a reaction to another module's event; when the event does not apply in the current state
 * (a broken rule: the invoice exists already, is paid, or was never created) it is skipped and
 * logged, never retried.
 */
const unlessNotApplicable = async (logger: Logger, context: Record<string, unknown>, react: () => Promise<void>): Promise<void> => {
  try {
    await react();
  } catch (error) {
    if (!(error instanceof RuleViolationError)) throw error;
    logger.info({ ...context, reason: error.message }, 'event skipped: it does not apply');
  }
};

/** Invoices follow orders: one is created when an order is readied and canceled with its order. */
export const orderReactions = (invoices: InvoicesService, logger: Logger): Reaction[] => [
  on(OrderReadied, (data, tx, ctx) =>
    unlessNotApplicable(logger, { event: OrderReadied.type, orderId: data.orderId }, () => invoices.createForOrder(tx, data, ctx.message)),
  ),
  on(OrderCanceled, (data, tx, ctx) =>
    unlessNotApplicable(logger, { event: OrderCanceled.type, orderId: data.orderId }, () => invoices.cancelForOrder(tx, data.orderId, ctx.message)),
  ),
];
