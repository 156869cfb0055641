import { newId } from '@mallbots/eda';
import { createModuleMessaging, on } from '../../platform/messaging.js';
import type { MallModule } from '../../platform/module.js';
import { CustomerRegistered, CustomerSmsChanged, CustomersTopics } from '../customers/contract.js';
import { OrderCanceled, OrderCompleted, OrderCreated, OrderingTopics, OrderReadied } from '../ordering/contract.js';
import { notificationsRoutes } from './adapters/http-routes.js';
import { notificationsMigrations } from './adapters/notifications-migrations.js';
import { createRecordingSender, recordedNotifications } from './adapters/recording-sender.js';
import { sqlCustomerDirectory } from './adapters/sql-customer-directory.js';
import { createNotificationsService } from './application/notifications-service.js';

/** Notifications: texts customers when their order is created, ready, canceled or completed. */
export const notificationsModule: MallModule = {
  name: 'notifications',
  migrations: notificationsMigrations,
  async start(context) {
    const { db } = context;
    const service = createNotificationsService({
      read: db.read,
      directory: sqlCustomerDirectory,
      sender: createRecordingSender({ newId, now: context.now, logger: context.logger }),
      sent: recordedNotifications,
      logger: context.logger,
    });

    const messaging = createModuleMessaging(context, 'notifications');
    // Two groups: an order waiting for its customer's registration never holds up the registrations.
    messaging.consume('customers', [CustomersTopics.customer], [
      on(CustomerRegistered, (data, tx) => service.rememberSmsNumber(tx, data.customerId, data.smsNumber)),
      on(CustomerSmsChanged, (data, tx) => service.rememberSmsNumber(tx, data.customerId, data.smsNumber)),
    ]);
    messaging.consume('orders', [OrderingTopics.order], [
      on(OrderCreated, (data, tx, ctx) => service.notify(tx, ctx.delivery.attempt, data.customerId, { kind: 'order-created', orderId: data.orderId, totalCents: data.totalCents })),
      on(OrderReadied, (data, tx, ctx) => service.notify(tx, ctx.delivery.attempt, data.customerId, { kind: 'order-ready', orderId: data.orderId, totalCents: data.totalCents })),
      on(OrderCanceled, (data, tx, ctx) => service.notify(tx, ctx.delivery.attempt, data.customerId, { kind: 'order-canceled', orderId: data.orderId })),
      on(OrderCompleted, (data, tx, ctx) => service.notify(tx, ctx.delivery.attempt, data.customerId, { kind: 'order-completed', orderId: data.orderId })),
    ]);
    await messaging.start();

    return {
      routes: (app) => notificationsRoutes(app, service),
      stop: () => messaging.stop(),
    };
  },
};
