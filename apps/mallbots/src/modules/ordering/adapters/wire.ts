import { z } from 'zod';
import { text } from '../../../platform/http-schemas.js';
import { fromCents, moneySchema, toCents } from '../../../platform/money.js';
import type { OrderView } from '../application/order-repository.js';
import type { NewOrder } from '../application/ordering-service.js';

/** The orders' requests and answers as they travel, the same over HTTP and gRPC. */
const item = {
  productId: text(100),
  storeId: text(100),
  storeName: text(),
  productName: text(),
  /** Any amount and any integer: a negative price or a quantity below 1 gets its rule's message. */
  price: moneySchema,
  quantity: z.number().int(),
};
export const newOrder = z.strictObject({ customerId: text(100), paymentId: text(100), items: z.array(z.strictObject(item)).max(1000) });

export const orderSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  paymentId: z.string(),
  shoppingId: z.string(),
  invoiceId: z.string(),
  items: z.array(z.object({ ...item, price: z.number(), quantity: z.number() })),
  total: z.number(),
  status: z.enum(['pending', 'approved', 'rejected', 'ready', 'completed', 'canceled']),
});

/** A new order from the wire: each line's price in cents. */
export const orderFromWire = ({ items, ...rest }: z.output<typeof newOrder>): NewOrder => ({
  ...rest,
  items: items.map(({ price, ...line }) => ({ ...line, priceCents: toCents(price) })),
});

/** An order on the wire: prices and total in currency units. */
export const orderOnWire = ({ items, totalCents, ...rest }: OrderView): z.output<typeof orderSchema> => ({
  ...rest,
  items: items.map(({ priceCents, ...line }) => ({ ...line, price: fromCents(priceCents) })),
  total: fromCents(totalCents),
});
