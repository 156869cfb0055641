import { createModuleMessaging } from '../../platform/messaging.js';
import type { MallModule } from '../../platform/module.js';
import { searchGrpcService } from './adapters/grpc-service.js';
import { searchRoutes } from './adapters/http-routes.js';
import { consumeSearchEvents } from './adapters/message-consumers.js';
import { searchMigrations, sqlSearchRepository } from './adapters/sql-search-repository.js';
import { createOrderProjection } from './application/order-projection.js';
import { createOrderSearch } from './application/order-search.js';

/** Search: a read model of orders enriched with customer, store and product names, fed only by integration events. */
export const searchModule: MallModule = {
  name: 'search',
  migrations: searchMigrations,
  async start(context) {
    const { db, logger } = context;
    const repository = sqlSearchRepository;

    const messaging = createModuleMessaging(context, 'search');
    consumeSearchEvents(messaging, createOrderProjection({ repository, logger }));
    await messaging.start();

    const search = createOrderSearch({ read: db.read, repository });
    return {
      routes: (app) => searchRoutes(app, search),
      grpc: (services) => searchGrpcService(services, search),
      stop: () => messaging.stop(),
    };
  },
};
