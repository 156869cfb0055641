import { z } from 'zod';
import { text } from '../../../platform/http-schemas.js';
import { fromCents } from '../../../platform/money.js';
import type { BasketView } from '../application/basket-repository.js';

/** The baskets' requests and answers as they travel, the same over HTTP and gRPC. */
export const newBasket = z.strictObject({ customerId: text(100) });
/** Any integer: a zero or negative quantity reaches the domain and gets its rule's message. */
export const itemChange = z.strictObject({ productId: text(100), quantity: z.number().int() });
export const basketCheckout = z.strictObject({ paymentId: text(100) });

export const basketSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  status: z.enum(['open', 'canceled', 'checked_out']),
  items: z.array(
    z.object({
      storeId: z.string(),
      productId: z.string(),
      storeName: z.string(),
      productName: z.string(),
      productPrice: z.number(),
      quantity: z.number(),
    }),
  ),
});

/** A basket on the wire: each line's price in currency units. */
export const basketOnWire = ({ items, ...rest }: BasketView): z.output<typeof basketSchema> => ({
  ...rest,
  items: items.map(({ priceCents, ...line }) => ({ ...line, productPrice: fromCents(priceCents) })),
});
