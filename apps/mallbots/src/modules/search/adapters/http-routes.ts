import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { idParams, withErrors } from '../../../platform/http-schemas.js';
import type { OrderSearch } from '../application/order-search.js';
import { orderOnWire, orderSchema, searchBody, searchPageSchema, searchRequestOf } from './wire.js';

const tags = ['search'];

export const searchRoutes = (app: HttpApp, search: OrderSearch): void => {
  app.post('/api/search/orders', {
    schema: { tags, body: searchBody, response: withErrors(searchPageSchema) },
    handler: async (request) => {
      const page = await search.search(searchRequestOf(request.body));
      return { orders: page.orders.map(orderOnWire), next: page.next };
    },
  });
  app.get('/api/search/orders/:id', {
    schema: { tags, params: idParams, response: withErrors(z.object({ order: orderSchema })) },
    handler: async (request) => ({ order: orderOnWire(await search.get(request.params.id)) }),
  });
};
