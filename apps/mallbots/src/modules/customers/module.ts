import { newId } from '@mallbots/eda';
import { answer, createModuleMessaging } from '../../platform/messaging.js';
import type { MallModule } from '../../platform/module.js';
import { customersGrpcService } from './adapters/grpc-service.js';
import { customersRoutes } from './adapters/http-routes.js';
import { customersMigrations, sqlCustomerRepository } from './adapters/sql-customer-repository.js';
import { createCustomersService } from './application/customers-service.js';
import { AuthorizeCustomer, CustomersTopics } from './contract.js';

/** Customers: registration, SMS number, enable/disable, and the saga's AuthorizeCustomer step. */
export const customersModule: MallModule = {
  name: 'customers',
  migrations: customersMigrations,
  async start(context) {
    const { db } = context;
    const service = createCustomersService({ storage: db.storage, read: db.read, repository: sqlCustomerRepository, newId });

    const messaging = createModuleMessaging(context, 'customers');
    messaging.answer(CustomersTopics.commands, [
      answer(AuthorizeCustomer, async (data, tx, ctx) => {
        await service.authorize(data.customerId, { tx, cause: ctx.message });
        return {};
      }),
    ]);
    await messaging.start();

    return {
      routes: (app) => customersRoutes(app, service),
      grpc: (services) => customersGrpcService(services, service),
      stop: () => messaging.stop(),
    };
  },
};
