import type { Logger } from 'pino';
import { on, skipIfNotApplicable, type Reaction } from '../../../platform/messaging.js';
import { OrderCanceled, OrderRejected } from '../../ordering/contract.js';
import type { ShoppingListsService } from '../application/shopping-lists-service.js';

/**
 * An order that ends without being shopped cancels its shopping list, which frees the bot holding
 * it: a canceled order, and a rejected one (the saga cancels the list it created, but cannot name a
 * list whose creation reply it never got). When that does not apply (the order has no list, or its
 * list is completed) the event is skipped and logged, never retried.
 */
export const orderReactions = (service: ShoppingListsService, logger: Logger): Reaction[] =>
  [OrderCanceled, OrderRejected].map((spec) =>
    on(spec, (data, tx, ctx) =>
      skipIfNotApplicable(logger, { event: spec.type, orderId: data.orderId }, () => service.cancelForOrder(tx, data.orderId, ctx.message)),
    ),
  );
