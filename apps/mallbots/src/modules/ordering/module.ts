import { newId } from '@mallbots/eda';
import { createModuleMessaging } from '../../platform/messaging.js';
import type { MallModule } from '../../platform/module.js';
import { BasketsTopics } from '../baskets/contract.js';
import { DepotTopics } from '../depot/contract.js';
import { PaymentsTopics } from '../payments/contract.js';
import { orderingGrpcService } from './adapters/grpc-service.js';
import { orderingRoutes } from './adapters/http-routes.js';
import { basketReactions, depotReactions, orderCommandAnswers, paymentReactions } from './adapters/message-handlers.js';
import { orderingMigrations, sqlOrderRepository } from './adapters/sql-order-repository.js';
import { createOrderingService } from './application/ordering-service.js';
import { OrderingTopics } from './contract.js';
import { registerOrderEvents } from './domain/order-events.js';

/**
 * Ordering: orders (event-sourced) from checked-out baskets or created directly, approved or
 * rejected by the create-order saga, readied by the depot and completed by payments.
 */
export const orderingModule: MallModule = {
  name: 'ordering',
  migrations: orderingMigrations,
  register: registerOrderEvents,
  async start(context) {
    const { db } = context;
    const service = createOrderingService({ storage: db.storage, read: db.read, orders: sqlOrderRepository, newId, logger: context.logger });

    const messaging = createModuleMessaging(context, 'ordering');
    messaging.consume('baskets', [BasketsTopics.basket], basketReactions(service));
    messaging.consume('depot', [DepotTopics.shoppingList], depotReactions(service));
    messaging.consume('payments', [PaymentsTopics.invoice], paymentReactions(service));
    messaging.answer(OrderingTopics.commands, orderCommandAnswers(service));
    await messaging.start();

    return {
      routes: (app) => orderingRoutes(app, service),
      grpc: (services) => orderingGrpcService(services, service),
      stop: () => messaging.stop(),
    };
  },
};
