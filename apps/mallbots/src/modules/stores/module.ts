import { newId } from '@mallbots/eda';
import type { MallModule } from '../../platform/module.js';
import { storesGrpcService } from './adapters/grpc-service.js';
import { productRoutes } from './adapters/product-routes.js';
import { sqlStoresReadModel, storesMigrations } from './adapters/sql-stores-read-model.js';
import { storeRoutes } from './adapters/store-routes.js';
import { createStoresService } from './application/stores-service.js';
import { productEventSchemas } from './domain/product-events.js';
import { storeEventSchemas } from './domain/store-events.js';

/**
 * Stores: stores and their products, event-sourced with snapshots, with a read table per
 * aggregate kept in step inline. It publishes the contract's events and consumes nothing.
 */
export const storesModule: MallModule = {
  name: 'stores',
  migrations: storesMigrations,
  register(registry) {
    for (const [type, schema] of Object.entries({ ...storeEventSchemas, ...productEventSchemas })) registry.register({ type, schema });
  },
  async start(context) {
    const { db } = context;
    const service = createStoresService({ storage: db.storage, read: db.read, readModel: sqlStoresReadModel, newId });
    return {
      routes(app) {
        storeRoutes(app, service);
        productRoutes(app, service);
      },
      grpc: (services) => storesGrpcService(services, service),
      stop: async () => {},
    };
  },
};
