import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { createdResponse, emptyResponse, idParams, text, withErrors } from '../../../platform/http-schemas.js';
import { fromCents, moneySchema, toCents } from '../../../platform/money.js';
import type { OrderingService } from '../application/ordering-service.js';

const item = {
  productId: text(100),
  storeId: text(100),
  storeName: text(),
  productName: text(),
  /** Any amount and any integer: a negative price or a quantity below 1 gets its rule's message. */
  price: moneySchema,
  quantity: z.number().int(),
};
const newOrder = z.strictObject({ customerId: text(100), paymentId: text(100), items: z.array(z.strictObject(item)).max(1000) });
const order = z.object({
  id: z.string(),
  customerId: z.string(),
  paymentId: z.string(),
  shoppingId: z.string(),
  invoiceId: z.string(),
  items: z.array(z.object({ ...item, price: z.number(), quantity: z.number() })),
  total: z.number(),
  status: z.enum(['pending', 'approved', 'rejected', 'ready', 'completed', 'canceled']),
});
const tags = ['ordering'];

export const orderingRoutes = (app: HttpApp, service: OrderingService): void => {
  app.post('/api/ordering', {
    schema: { tags, body: newOrder, response: withErrors(createdResponse) },
    handler: async (request) => {
      const { items, ...rest } = request.body;
      return { id: await service.create({ ...rest, items: items.map(({ price, ...line }) => ({ ...line, priceCents: toCents(price) })) }) };
    },
  });
  app.get('/api/ordering/:id', {
    schema: { tags, params: idParams, response: withErrors(z.object({ order })) },
    handler: async (request) => {
      const { items, totalCents, ...rest } = await service.get(request.params.id);
      return {
        order: { ...rest, items: items.map(({ priceCents, ...line }) => ({ ...line, price: fromCents(priceCents) })), total: fromCents(totalCents) },
      };
    },
  });
  app.delete('/api/ordering/:id', {
    schema: { tags, params: idParams, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.cancel(request.params.id);
      return {};
    },
  });
};
