import type { Sql } from '../../../platform/sql.js';
import type { Order, OrderStatus } from '../domain/order.js';
import type { OrderLine } from '../domain/order-events.js';

/** An order as queries see it; `shoppingId` and `invoiceId` are empty while unknown. */
export interface OrderView {
  id: string;
  customerId: string;
  paymentId: string;
  shoppingId: string;
  invoiceId: string;
  items: OrderLine[];
  totalCents: number;
  status: OrderStatus;
}

/**
 * The orders' read table: one row per order, written in the transaction that appends the order's
 * events (an inline projection), so a read right after a change sees it.
 */
export interface OrderRepository {
  save(sql: Sql, id: string, order: Order): Promise<void>;
  load(sql: Sql, id: string): Promise<OrderView | undefined>;
}
