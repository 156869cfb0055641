import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { createdResponse, emptyResponse, idParams, text, withErrors } from '../../../platform/http-schemas.js';
import type { Dispatcher } from '../application/dispatcher.js';
import type { ShoppingListsService } from '../application/shopping-lists-service.js';

const stop = z.object({
  storeName: z.string(),
  storeLocation: z.string(),
  items: z.record(z.string(), z.object({ productName: z.string(), quantity: z.number() })).describe('keyed by product id'),
});
const shoppingList = z.object({
  id: z.string(),
  orderId: z.string(),
  status: z.enum(['pending', 'available', 'assigned', 'active', 'completed', 'canceled']),
  assignedBotId: z.string().nullable().describe('the bot the list was last assigned to; null before any'),
  stops: z.record(z.string(), stop).describe('keyed by store id'),
});
const item = z.strictObject({ productId: text(100), storeId: text(100), quantity: z.number().int() });
const tags = ['depot'];

export const depotRoutes = (app: HttpApp, service: ShoppingListsService, dispatcher: Dispatcher): void => {
  app.post('/api/depot/shopping', {
    schema: {
      tags,
      description: "Creates the order's shopping list (pending); an order that has one gets the same id back.",
      body: z.strictObject({ orderId: text(100), items: z.array(item).max(100) }),
      response: withErrors(createdResponse),
    },
    handler: async (request) => ({ id: await service.create(request.body) }),
  });
  app.get('/api/depot/shopping/:id', {
    schema: { tags, params: idParams, response: withErrors(z.object({ shoppingList })) },
    handler: async (request) => ({ shoppingList: await service.get(request.params.id) }),
  });
  const cancel = {
    schema: { tags, description: 'Cancels the list (the reference cancels with POST; DELETE does the same).', params: idParams, response: withErrors(emptyResponse) },
    handler: async (request: { params: { id: string } }) => {
      await service.cancel(request.params.id);
      return {};
    },
  };
  app.post('/api/depot/shopping/:id', cancel);
  app.delete('/api/depot/shopping/:id', cancel);
  app.put('/api/depot/shopping/:id/assign', {
    schema: { tags, params: idParams, body: z.strictObject({ botId: text(100) }), response: withErrors(emptyResponse) },
    handler: async (request) => {
      await dispatcher.assign(request.params.id, request.body.botId);
      return {};
    },
  });
  app.put('/api/depot/shopping/:id/complete', {
    schema: { tags, params: idParams, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.complete(request.params.id);
      return {};
    },
  });
};
