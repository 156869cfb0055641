import { RuleViolationError } from '@mallbots/eda';
import type { Logger } from 'pino';
import { on, type Reaction } from '../../../platform/messaging.js';
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
    on(spec, async (data, tx, ctx) => {
      try {
        await service.cancelForOrder(tx, data.orderId, ctx.message);
      } catch (error) {
        if (!(error instanceof RuleViolationError)) throw error;
        logger.info({ event: spec.type, orderId: data.orderId, reason: error.message }, 'event skipped: it does not apply');
      }
    }),
  );
