import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { createdResponse, emptyResponse, idParams, text, withErrors } from '../../../platform/http-schemas.js';
import { fromCents, moneySchema, toCents } from '../../../platform/money.js';
import type { ProductView } from '../application/stores-read-model.js';
import type { StoresService } from '../application/stores-service.js';

const product = z.object({ id: z.string(), storeId: z.string(), name: z.string(), description: z.string(), sku: z.string(), price: z.number() });
const storeParams = z.strictObject({ storeId: text(100) });
const priceBody = z.strictObject({ price: moneySchema });
const tags = ['stores'];

/** A product on the wire: the price in currency units. */
const wire = ({ priceCents, ...rest }: ProductView): z.output<typeof product> => ({ ...rest, price: fromCents(priceCents) });

/**
 * The product routes. `/api/stores/products/:id` starts with the static segment `products`, which
 * Fastify's router prefers to the `:storeId` of `/api/stores/:storeId/products`.
 */
export const productRoutes = (app: HttpApp, service: StoresService): void => {
  app.post('/api/stores/:storeId/products', {
    schema: {
      tags,
      params: storeParams,
      body: z.strictObject({ name: text(), description: text(2000), sku: text(100), price: moneySchema }),
      response: withErrors(createdResponse),
    },
    handler: async (request) => {
      const { price, ...details } = request.body;
      return { id: await service.addProduct(request.params.storeId, { ...details, priceCents: toCents(price) }) };
    },
  });
  app.get('/api/stores/:storeId/products', {
    schema: { tags, params: storeParams, response: withErrors(z.object({ products: z.array(product) })) },
    handler: async (request) => ({ products: (await service.products(request.params.storeId)).map(wire) }),
  });
  app.get('/api/stores/products/:id', {
    schema: { tags, params: idParams, response: withErrors(z.object({ product })) },
    handler: async (request) => ({ product: wire(await service.product(request.params.id)) }),
  });
  app.put('/api/stores/products/:id/rebrand', {
    schema: { tags, params: idParams, body: z.strictObject({ name: text(), description: text(2000) }), response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.rebrandProduct(request.params.id, request.body);
      return {};
    },
  });
  app.put('/api/stores/products/:id/increasePrice', {
    schema: { tags, params: idParams, body: priceBody, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.increasePrice(request.params.id, toCents(request.body.price));
      return {};
    },
  });
  app.put('/api/stores/products/:id/decreasePrice', {
    schema: { tags, params: idParams, body: priceBody, response: withErrors(emptyResponse) },
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
