import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { createdResponse, emptyResponse, idParams, withErrors } from '../../../platform/http-schemas.js';
import type { BasketsService } from '../application/baskets-service.js';
import { basketCheckout, basketOnWire, basketSchema, itemChange, newBasket } from './wire.js';

const tags = ['baskets'];

export const basketsRoutes = (app: HttpApp, service: BasketsService): void => {
  app.post('/api/baskets', {
    schema: { tags, body: newBasket, response: withErrors(createdResponse) },
    handler: async (request) => ({ id: await service.start(request.body.customerId) }),
  });
  app.get('/api/baskets/:id', {
    schema: { tags, params: idParams, response: withErrors(z.object({ basket: basketSchema })) },
    handler: async (request) => ({ basket: basketOnWire(await service.get(request.params.id)) }),
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
    schema: { tags, params: idParams, body: basketCheckout, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.checkout(request.params.id, request.body.paymentId);
      return {};
    },
  });
};
