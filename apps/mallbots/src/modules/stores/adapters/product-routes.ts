import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { createdResponse, emptyResponse, idParams, withErrors } from '../../../platform/http-schemas.js';
import { toCents } from '../../../platform/money.js';
import type { StoresService } from '../application/stores-service.js';
import { newPrice, newProduct, productBrand, productOnWire, productSchema, storeIdParams } from './wire.js';

const tags = ['stores'];

/**
 * The product routes. `/api/stores/products/:id` starts with the static segment `products`, which
 * Fastify's router prefers to the `:storeId` of `/api/stores/:storeId/products`.
 */
export const productRoutes = (app: HttpApp, service: StoresService): void => {
  app.post('/api/stores/:storeId/products', {
    schema: {
      tags,
      params: storeIdParams,
      body: newProduct,
      response: withErrors(createdResponse),
    },
    handler: async (request) => {
      const { price, ...details } = request.body;
      return { id: await service.addProduct(request.params.storeId, { ...details, priceCents: toCents(price) }) };
    },
  });
  app.get('/api/stores/:storeId/products', {
    schema: { tags, params: storeIdParams, response: withErrors(z.object({ products: z.array(productSchema) })) },
    handler: async (request) => ({ products: (await service.products(request.params.storeId)).map(productOnWire) }),
  });
  app.get('/api/stores/products/:id', {
    schema: { tags, params: idParams, response: withErrors(z.object({ product: productSchema })) },
    handler: async (request) => ({ product: productOnWire(await service.product(request.params.id)) }),
  });
  app.put('/api/stores/products/:id/rebrand', {
    schema: { tags, params: idParams, body: productBrand, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.rebrandProduct(request.params.id, request.body);
      return {};
    },
  });
  app.put('/api/stores/products/:id/increasePrice', {
    schema: { tags, params: idParams, body: newPrice, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.increasePrice(request.params.id, toCents(request.body.price));
      return {};
    },
  });
  app.put('/api/stores/products/:id/decreasePrice', {
    schema: { tags, params: idParams, body: newPrice, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.decreasePrice(request.params.id, toCents(request.body.price));
      return {};
    },
  });
  app.delete('/api/stores/products/:id', {
    schema: { tags, params: idParams, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.removeProduct(request.params.id);
      return {};
    },
  });
};
