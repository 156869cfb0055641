import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { createdResponse, emptyResponse, idParams, withErrors } from '../../../platform/http-schemas.js';
import type { OrderingService } from '../application/ordering-service.js';
import { newOrder, orderFromWire, orderOnWire, orderSchema } from './wire.js';

const tags = ['ordering'];

export const orderingRoutes = (app: HttpApp, service: OrderingService): void => {
  app.post('/api/ordering', {
    schema: { tags, body: newOrder, response: withErrors(createdResponse) },
    handler: async (request) => ({ id: await service.create(orderFromWire(request.body)) }),
  });
  app.get('/api/ordering/:id', {
    schema: { tags, params: idParams, response: withErrors(z.object({ order: orderSchema })) },
    handler: async (request) => ({ order: orderOnWire(await service.get(request.params.id)) }),
  });
  app.delete('/api/ordering/:id', {
    schema: { tags, params: idParams, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.cancel(request.params.id);
      return {};
    },
  });
};
