import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { createdResponse, emptyResponse, idParams, withErrors } from '../../../platform/http-schemas.js';
import type { StoresService } from '../application/stores-service.js';
import { newStore, storeName } from './wire.js';

const store = z.object({ id: z.string(), name: z.string(), location: z.string(), participating: z.boolean() });
const stores = z.object({ stores: z.array(store) });
const tags = ['stores'];

/**
 * The store routes. `/api/stores/participating` is a static segment where `/api/stores/:id` has a
 * parameter: Fastify's router tries static segments first, so it never reaches `:id`.
 */
export const storeRoutes = (app: HttpApp, service: StoresService): void => {
  app.post('/api/stores', {
    schema: { tags, body: newStore, response: withErrors(createdResponse) },
    handler: async (request) => ({ id: await service.createStore(request.body) }),
  });
  app.get('/api/stores', {
    schema: { tags, response: withErrors(stores) },
    handler: async () => ({ stores: await service.stores() }),
  });
  app.get('/api/stores/participating', {
    schema: { tags, response: withErrors(stores) },
    handler: async () => ({ stores: await service.participatingStores() }),
  });
  app.get('/api/stores/:id', {
    schema: { tags, params: idParams, response: withErrors(z.object({ store })) },
    handler: async (request) => ({ store: await service.store(request.params.id) }),
  });
  app.put('/api/stores/:id/participating', {
    schema: { tags, params: idParams, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.enableParticipation(request.params.id);
      return {};
    },
  });
  app.delete('/api/stores/:id/participating', {
    schema: { tags, params: idParams, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.disableParticipation(request.params.id);
      return {};
    },
  });
  app.put('/api/stores/:id/rebrand', {
    schema: { tags, params: idParams, body: storeName, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.rebrandStore(request.params.id, request.body.name);
      return {};
    },
  });
};
