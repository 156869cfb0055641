import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { createdResponse, emptyResponse, idParams, text, withErrors } from '../../../platform/http-schemas.js';
import { fromCents } from '../../../platform/money.js';
import type { BasketsService } from '../application/baskets-service.js';

const basket = z.object({
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
/** Any integer: a zero or negative quantity reaches the domain and gets its rule's message. */
const itemChange = z.strictObject({ productId: text(100), quantity: z.number().int() });
const tags = ['baskets'];

export const basketsRoutes = (app: HttpApp, service: BasketsService): void => {
  app.post('/api/baskets', {
    schema: { tags, body: z.strictObject({ customerId: text(100) }), response: withErrors(createdResponse) },
    handler: async (request) => ({ id: await service.start(request.body.customerId) }),
  });
  app.get('/api/baskets/:id', {
    schema: { tags, params: idParams, response: withErrors(z.object({ basket })) },
    handler: async (request) => {
      const { items, ...rest } = await service.get(request.params.id);
      return {
        basket: { ...rest, items: items.map(({ priceCents, ...line }) => ({ ...line, productPrice: fromCents(priceCents) })) },
      };
    },
  });
  app.delete('/api/baskets/:id', {
    schema: { tags, params: idParams, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.cancel(request.params.id);
      return {};
    },
  });
  app.put('/api/baskets/:id/addItem', {
    schema: { tags, params: idParams, body: itemChange, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.addItem(request.params.id, request.body.productId, request.body.quantity);
      return {};
    },
  });
  app.put('/api/baskets/:id/removeItem', {
    schema: { tags, params: idParams, body: itemChange, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.removeItem(request.params.id, request.body.productId, request.body.quantity);
      return {};
    },
  });
  app.put('/api/baskets/:id/checkout', {
    schema: { tags, params: idParams, body: z.strictObject({ paymentId: text(100) }), response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.checkout(request.params.id, request.body.paymentId);
      return {};
    },
  });
};
