import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { createdResponse, emptyResponse, idParams, withErrors } from '../../../platform/http-schemas.js';
import type { Dispatcher } from '../application/dispatcher.js';
import type { ShoppingListsService } from '../application/shopping-lists-service.js';
import { botAssignment, newShoppingList, shoppingListSchema } from './wire.js';

const tags = ['depot'];

export const depotRoutes = (app: HttpApp, service: ShoppingListsService, dispatcher: Dispatcher): void => {
  app.post('/api/depot/shopping', {
    schema: {
      tags,
      description: "Creates the order's shopping list (pending); an order that has one gets the same id back.",
      body: newShoppingList,
      response: withErrors(createdResponse),
    },
    handler: async (request) => ({ id: await service.create(request.body) }),
  });
  app.get('/api/depot/shopping/:id', {
    schema: { tags, params: idParams, response: withErrors(z.object({ shoppingList: shoppingListSchema })) },
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
    schema: { tags, params: idParams, body: botAssignment, response: withErrors(emptyResponse) },
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
