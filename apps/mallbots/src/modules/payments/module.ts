import { newId } from '@mallbots/eda';
import { answer, createModuleMessaging } from '../../platform/messaging.js';
import type { MallModule } from '../../platform/module.js';
import { OrderingTopics } from '../ordering/contract.js';
import { paymentsGrpcService } from './adapters/grpc-service.js';
import { paymentsRoutes } from './adapters/http-routes.js';
import { orderReactions } from './adapters/order-reactions.js';
import { paymentsMigrations } from './adapters/payments-migrations.js';
import { sqlInvoiceRepository } from './adapters/sql-invoice-repository.js';
import { sqlPaymentRepository } from './adapters/sql-payment-repository.js';
import { createInvoicesService } from './application/invoices-service.js';
import { createPaymentsService } from './application/payments-service.js';
import { ConfirmPayment, PaymentsTopics } from './contract.js';

/** Payments: authorizations and the saga's ConfirmPayment step; invoices that follow the orders' lifecycle. */
export const paymentsModule: MallModule = {
  name: 'payments',
  migrations: paymentsMigrations,
  async start(context) {
    const { db } = context;
    const payments = createPaymentsService({ storage: db.storage, repository: sqlPaymentRepository, newId });
    const invoices = createInvoicesService({ storage: db.storage, read: db.read, repository: sqlInvoiceRepository });

    const messaging = createModuleMessaging(context, 'payments');
    messaging.answer(PaymentsTopics.commands, [
      answer(ConfirmPayment, async (data, tx, ctx) => {
        await payments.confirm(tx, data, ctx.message);
        return {};
      }),
    ]);
    messaging.consume('invoices', [OrderingTopics.order], orderReactions(invoices, context.logger));
    await messaging.start();

    return {
      routes: (app) => paymentsRoutes(app, payments, invoices),
      grpc: (services) => paymentsGrpcService(services, payments, invoices),
      stop: () => messaging.stop(),
    };
  },
};
