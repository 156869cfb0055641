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
 * The events of an order stream, by type: the event store validates every append against these
 * schemas. A schema never changes once released; a change is a new version with an upcaster.
 */
const orderEventSchemas = {
  'ordering.OrderCreated': z.object({ customerId: z.string().min(1), paymentId: z.string().min(1), items: z.array(line).min(1) }),
  /** The shopping list the saga created for the order, known as soon as it exists. */
  'ordering.ShoppingListRecorded': z.object({ shoppingId: z.string().min(1) }),
  /** `shoppingId`: the list the saga had created before it gave up, when it says so. */
  'ordering.OrderRejected': z.object({ shoppingId: z.string().min(1).optional() }),
  'ordering.OrderApproved': z.object({ shoppingId: z.string().min(1) }),
  'ordering.OrderReadied': z.object({}),
  'ordering.OrderCompleted': z.object({ invoiceId: z.string().min(1) }),
  'ordering.OrderCanceled': z.object({}),
};

type Schemas = typeof orderEventSchemas;
export type OrderEvent = { [T in keyof Schemas]: { type: T; data: z.output<Schemas[T]> } }[keyof Schemas];
export type OrderLine = z.output<typeof line>;

export const registerOrderEvents = (registry: MessageRegistry): void => {
  for (const [type, schema] of Object.entries(orderEventSchemas)) registry.register({ type, schema });
};
