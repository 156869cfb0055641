import { z } from 'zod';
import type { MessageRegistry } from '@mallbots/eda';

const line = z.object({
  storeId: z.string().min(1),
  productId: z.string().min(1),
  storeName: z.string(),
  productName: z.string(),
  priceCents: z.number().int().nonnegative(),
  quantity: z.number().int().positive(),
});

/**
 * The events of a basket stream, by type: the event store validates every append against these
 * schemas. A schema never changes once released; a change is a new version with an upcaster.
 */
const basketEventSchemas = {
  'baskets.BasketStarted': z.object({ customerId: z.string().min(1) }),
  /**
   * `item.quantity` more of a product, with the product's names and price when its line was
   * started: adding to an existing line keeps the line's price.
   */
  'baskets.ItemAdded': z.object({ item: line }),
  /** `quantity` is what was actually taken out: never more than the line held. */
  'baskets.ItemRemoved': z.object({ productId: z.string().min(1), quantity: z.number().int().positive() }),
  'baskets.BasketCanceled': z.object({}),
  'baskets.BasketCheckedOut': z.object({ paymentId: z.string().min(1) }),
};

type Schemas = typeof basketEventSchemas;
export type BasketEvent = { [T in keyof Schemas]: { type: T; data: z.output<Schemas[T]> } }[keyof Schemas];
export type BasketLine = z.output<typeof line>;

export const registerBasketEvents = (registry: MessageRegistry): void => {
  for (const [type, schema] of Object.entries(basketEventSchemas)) registry.register({ type, schema });
};
