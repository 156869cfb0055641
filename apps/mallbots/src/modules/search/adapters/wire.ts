import { z } from 'zod';
import { text } from '../../../platform/http-schemas.js';
import { fromCents, moneySchema, toCents } from '../../../platform/money.js';
import { MAX_LIMIT, type SearchRequest } from '../application/order-search.js';
import type { SearchedOrder } from '../application/searched-order.js';
import { searchStatuses } from '../domain/search-status.js';

// The search's requests and answers as they travel, the same over HTTP and gRPC.

const id = text(100);
/** At most this many store or product ids in one filter. */
const MAX_IDS = 100;

export const orderSchema = z.object({
  orderId: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  items: z.array(
    z.object({
      productId: z.string(),
      storeId: z.string(),
      productName: z.string(),
      storeName: z.string(),
      price: z.number(),
      quantity: z.number(),
    }),
  ),
  total: z.number(),
  status: z.string(),
});

const filtersSchema = z.strictObject({
  customerId: id.optional(),
  /** Created strictly after / before these instants. */
  after: z.iso.datetime({ offset: true }).optional(),
  before: z.iso.datetime({ offset: true }).optional(),
  /** Orders with an item of ANY of these stores / products. */
  storeIds: z.array(id).max(MAX_IDS).optional(),
  productIds: z.array(id).max(MAX_IDS).optional(),
  /** Inclusive bounds of the total, in units. */
  minTotal: moneySchema.optional(),
  maxTotal: moneySchema.optional(),
  status: z.enum(searchStatuses).optional(),
});

export const searchBody = z.strictObject({
  filters: filtersSchema.optional(),
  next: text(500).optional(),
  limit: z.number().int().min(1).max(MAX_LIMIT).optional(),
});

export const searchPageSchema = z.object({ orders: z.array(orderSchema), next: z.string() });

const centsOf = (units: number | undefined): number | undefined => (units === undefined ? undefined : toCents(units));

/** A search as the application takes it: the total's bounds in cents. */
export const searchRequestOf = ({ filters = {}, next, limit }: z.output<typeof searchBody>): SearchRequest => {
  const { minTotal, maxTotal, ...rest } = filters;
  return { filters: { ...rest, minTotalCents: centsOf(minTotal), maxTotalCents: centsOf(maxTotal) }, next, limit };
};

/** An order on the wire: money in units. */
export const orderOnWire = (order: SearchedOrder): z.output<typeof orderSchema> => ({
  orderId: order.orderId,
  customerId: order.customerId,
  customerName: order.customerName,
  items: order.items.map(({ priceCents, ...item }) => ({ ...item, price: fromCents(priceCents) })),
  total: fromCents(order.totalCents),
  status: order.status,
});
