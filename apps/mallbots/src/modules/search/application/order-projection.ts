import type { Logger } from 'pino';
import type { Sql } from '../../../platform/sql.js';
import { statusAfter, type OrderLifecycleEvent } from '../domain/search-status.js';
import type { NewOrder, SearchRepository } from './search-repository.js';

export interface OrderProjectionDeps {
  repository: SearchRepository;
  logger: Logger;
}

/**
 * Keeps the search read model up to date from other modules' integration events, inside each
 * consumer's transaction (`sql`). Tolerant: an event that does not apply is skipped and logged.
 */
export const createOrderProjection = ({ repository, logger }: OrderProjectionDeps) => ({
  customerRegistered: (sql: Sql, customerId: string, name: string) => repository.saveCustomerName(sql, customerId, name),
  /** A store created or rebranded. */
  storeNamed: (sql: Sql, storeId: string, name: string) => repository.saveStoreName(sql, storeId, name),
  /** A product added or rebranded. */
  productNamed: (sql: Sql, productId: string, name: string) => repository.saveProductName(sql, productId, name),
  /** A new order; its customer's name need not be known yet (it is joined when the order is read). */
  orderCreated: (sql: Sql, order: NewOrder) => repository.addOrder(sql, order, statusAfter('OrderCreated')),
  async orderChanged(sql: Sql, orderId: string, event: Exclude<OrderLifecycleEvent, 'OrderCreated'>): Promise<void> {
    // An order's events share its key, so OrderCreated always comes first: an unknown order will not appear later.
    if (!(await repository.setStatus(sql, orderId, statusAfter(event)))) {
      logger.info({ orderId, event }, 'search skipped the status change of an order it does not know');
    }
  },
});

export type OrderProjection = ReturnType<typeof createOrderProjection>;
