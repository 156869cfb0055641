import type { Sql } from '../../../platform/sql.js';
import type { OrderTally } from '../domain/order-tally.js';

/** Where each order's tally is kept: one row per order seen. */
export interface OrderTallyRepository {
  load(sql: Sql, orderId: string): Promise<OrderTally | undefined>;
  save(sql: Sql, orderId: string, tally: OrderTally): Promise<void>;
}
