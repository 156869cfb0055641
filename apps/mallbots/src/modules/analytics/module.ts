import { createModuleMessaging, on } from '../../platform/messaging.js';
import type { MallModule } from '../../platform/module.js';
import { OrderCanceled, OrderCompleted, OrderCreated, OrderingTopics, OrderRejected } from '../ordering/contract.js';
import { analyticsMigrations } from './adapters/analytics-migrations.js';
import { analyticsRoutes } from './adapters/http-routes.js';
import { sqlOrderTallyRepository } from './adapters/sql-order-tally-repository.js';
import { sqlSalesTotals } from './adapters/sql-sales-totals.js';
import { createAnalyticsService } from './application/analytics-service.js';

/**
 * Analytics: sales per store and product from completed orders. A pure listener of ordering's
 * events: its consumer group starts from the beginning, so when it is first added it replays the
 * whole order history and reports the sales made before it existed.
 */
export const analyticsModule: MallModule = {
  name: 'analytics',
  migrations: analyticsMigrations,
  async start(context) {
    const { db } = context;
    const service = createAnalyticsService({ read: db.read, tallies: sqlOrderTallyRepository, totals: sqlSalesTotals, logger: context.logger });

    const messaging = createModuleMessaging(context, 'analytics');
    messaging.consume('orders', [OrderingTopics.order], [
      on(OrderCreated, (order, tx) => service.track(tx, order.orderId, { type: 'RememberOrder', data: { items: order.items } })),
      on(OrderCompleted, (order, tx) => service.track(tx, order.orderId, { type: 'CountOrder', data: {} })),
      on(OrderCanceled, (order, tx) => service.track(tx, order.orderId, { type: 'DropOrder', data: {} })),
      on(OrderRejected, (order, tx) => service.track(tx, order.orderId, { type: 'DropOrder', data: {} })),
    ]);
    await messaging.start();

    return {
      routes: (app) => analyticsRoutes(app, service),
      stop: () => messaging.stop(),
    };
  },
};
