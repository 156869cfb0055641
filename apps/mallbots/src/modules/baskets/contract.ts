import { z } from 'zod';
import { messageSpec } from '../../platform/contract-kit.js';

/** What other modules may know of baskets: integration events (money in cents). */
export const BasketsTopics = {
  basket: 'mallbots.baskets.events.Basket',
} as const;

export const BasketItem = z.object({
  storeId: z.string().min(1),
  productId: z.string().min(1),
  storeName: z.string(),
  productName: z.string(),
  priceCents: z.number().int().nonnegative(),
  quantity: z.number().int().positive(),
});

export const BasketStarted = messageSpec('basketsapi.BasketStarted', z.object({ basketId: z.string().min(1), customerId: z.string().min(1) }));
export const BasketCanceled = messageSpec('basketsapi.BasketCanceled', z.object({ basketId: z.string().min(1) }));
/** The basket as it was checked out: ordering creates the order from it (order id = basket id). */
export const BasketCheckedOut = messageSpec(
  'basketsapi.BasketCheckedOut',
  z.object({
    basketId: z.string().min(1),
    customerId: z.string().min(1),
    paymentId: z.string().min(1),
    items: z.array(BasketItem).min(1),
  }),
);

export const basketsContract = [BasketStarted, BasketCanceled, BasketCheckedOut];
