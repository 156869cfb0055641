import type { Sql } from '../../../platform/sql.js';
import type { OrderRepository, OrderView } from '../application/order-repository.js';
import { orderTotalCents, type Order } from '../domain/order.js';

export const orderingMigrations = [
  `CREATE TABLE ordering_orders (
     id TEXT PRIMARY KEY,
     customer_id TEXT NOT NULL,
     payment_id TEXT NOT NULL,
     shopping_id TEXT NOT NULL,
     invoice_id TEXT NOT NULL,
     items TEXT NOT NULL,
     total_cents INTEGER NOT NULL,
     status TEXT NOT NULL
   )`,
];

interface Row {
  customer_id: string;
  payment_id: string;
  shopping_id: string;
  invoice_id: string;
  items: string;
  total_cents: number;
  status: OrderView['status'];
}

/** One row per order; its lines as a JSON array (they are only ever read with their order). */
export const sqlOrderRepository: OrderRepository = {
  async save(sql: Sql, id: string, order: Order): Promise<void> {
    await sql.run(
      `INSERT INTO ordering_orders (id, customer_id, payment_id, shopping_id, invoice_id, items, total_cents, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, payment_id = excluded.payment_id,
         shopping_id = excluded.shopping_id, invoice_id = excluded.invoice_id, items = excluded.items,
         total_cents = excluded.total_cents, status = excluded.status`,
      [id, order.customerId, order.paymentId, order.shoppingId, order.invoiceId, JSON.stringify(order.items), orderTotalCents(order), order.status],
    );
  },
  async load(sql: Sql, id: string): Promise<OrderView | undefined> {
    const row = await sql.get<Row>(
      'SELECT customer_id, payment_id, shopping_id, invoice_id, items, total_cents, status FROM ordering_orders WHERE id = ?',
      [id],
    );
    return (
      row && {
        id,
        customerId: row.customer_id,
        paymentId: row.payment_id,
        shoppingId: row.shopping_id,
        invoiceId: row.invoice_id,
        items: JSON.parse(row.items) as OrderView['items'],
        totalCents: row.total_cents,
        status: row.status,
      }
    );
  },
};
