import { newId } from '@mallbots/eda';
import { createModuleMessaging } from '../../platform/messaging.js';
import type { MallModule } from '../../platform/module.js';
import { StoresTopics } from '../stores/contract.js';
import { catalogReactions } from './adapters/catalog-consumer.js';
import { basketsGrpcService } from './adapters/grpc-service.js';
import { basketsRoutes } from './adapters/http-routes.js';
import { basketsMigrations } from './adapters/migrations.js';
import { sqlBasketRepository } from './adapters/sql-basket-repository.js';
import { sqlCatalog } from './adapters/sql-catalog.js';
import { createBasketsService } from './application/baskets-service.js';
import { registerBasketEvents } from './domain/basket-events.js';

/** Baskets: the kiosk's shopping baskets (event-sourced), priced from a local copy of the stores' catalog. */
export const basketsModule: MallModule = {
  name: 'baskets',
  migrations: basketsMigrations,
  register: registerBasketEvents,
  async start(context) {
    const { db } = context;
    const service = createBasketsService({ storage: db.storage, read: db.read, baskets: sqlBasketRepository, catalog: sqlCatalog, newId });

    const messaging = createModuleMessaging(context, 'baskets');
    messaging.consume('catalog', [StoresTopics.store, StoresTopics.product], catalogReactions(sqlCatalog, context.logger));
    await messaging.start();

    return {
      routes: (app) => basketsRoutes(app, service),
      grpc: (services) => basketsGrpcService(services, service),
      stop: () => messaging.stop(),
    };
  },
};
