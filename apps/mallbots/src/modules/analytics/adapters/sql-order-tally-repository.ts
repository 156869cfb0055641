import type { OrderTallyRepository } from '../application/order-tally-repository.js';
import type { OrderTally } from '../domain/order-tally.js';

/** The remembered items are kept as JSON: they are only ever read back whole. */
export const sqlOrderTallyRepository: OrderTallyRepository = {
  async load(sql, orderId) {
    const row = await sql.get<{ status: OrderTally['status']; items: string }>('SELECT status, items FROM analytics_orders WHERE order_id = ?', [orderId]);
    return row && { status: row.status, items: JSON.parse(row.items) as OrderTally['items'] };
  },
  async save(sql, orderId, tally) {
    await sql.run(
      `INSERT INTO analytics_orders (order_id, status, items) VALUES (?, ?, ?)
       ON CONFLICT (order_id) DO UPDATE SET status = excluded.status, items = excluded.items`,
      [orderId, tally.status, JSON.stringify(tally.items)],
    );
  },
};
