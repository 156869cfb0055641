import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { idParams, text, withErrors } from '../../../platform/http-schemas.js';
import { fromCents, moneySchema, toCents } from '../../../platform/money.js';
import { MAX_LIMIT, type OrderSearch } from '../application/order-search.js';
import type { SearchedOrder } from '../application/searched-order.js';
import { searchStatuses } from '../domain/search-status.js';

const tags = ['search'];
const id = text(100);
/** At most this many store or product ids in one filter. */
const MAX_IDS = 100;

const orderView = z.object({
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

const searchBody = z.strictObject({
  filters: filtersSchema.optional(),
  next: text(500).optional(),
  limit: z.number().int().min(1).max(MAX_LIMIT).optional(),
});

const centsOf = (units: number | undefined): number | undefined => (units === undefined ? undefined : toCents(units));

/** An order on the wire: money in units. */
const toView = (order: SearchedOrder): z.infer<typeof orderView> => ({
  orderId: order.orderId,
  customerId: order.customerId,
  customerName: order.customerName,
  items: order.items.map(({ priceCents, ...item }) => ({ ...item, price: fromCents(priceCents) })),
  total: fromCents(order.totalCents),
  status: order.status,
});

export const searchRoutes = (app: HttpApp, search: OrderSearch): void => {
  app.post('/api/search/orders', {
    schema: { tags, body: searchBody, response: withErrors(z.object({ orders: z.array(orderView), next: z.string() })) },
    handler: async (request) => {
      const { filters = {}, next, limit } = request.body;
      const { minTotal, maxTotal, ...rest } = filters;
      const page = await search.search({
        filters: { ...rest, minTotalCents: centsOf(minTotal), maxTotalCents: centsOf(maxTotal) },
        next,
        limit,
      });
      return { orders: page.orders.map(toView), next: page.next };
    },
  });
  app.get('/api/search/orders/:id', {
    schema: { tags, params: idParams, response: withErrors(z.object({ order: orderView })) },
    handler: async (request) => ({ order: toView(await search.get(request.params.id)) }),
  });
};
