import type { ModuleName } from './config.js';
import { analyticsModule } from './modules/analytics/module.js';
import { basketsModule } from './modules/baskets/module.js';
import { cosecModule } from './modules/cosec/module.js';
import { customersModule } from './modules/customers/module.js';
import { depotModule } from './modules/depot/module.js';
import { notificationsModule } from './modules/notifications/module.js';
import { orderingModule } from './modules/ordering/module.js';
import { paymentsModule } from './modules/payments/module.js';
import { searchModule } from './modules/search/module.js';
import { storesModule } from './modules/stores/module.js';
import type { MallModule } from './platform/module.js';

/** Every module by name; `config.ts` lists them in start order. */
export const allModules: Record<ModuleName, MallModule> = {
  stores: storesModule,
  customers: customersModule,
  baskets: basketsModule,
  ordering: orderingModule,
  payments: paymentsModule,
  depot: depotModule,
  cosec: cosecModule,
  notifications: notificationsModule,
  search: searchModule,
  analytics: analyticsModule,
};
