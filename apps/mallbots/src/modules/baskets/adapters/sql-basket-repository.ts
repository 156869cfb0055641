import type { Sql } from '../../../platform/sql.js';
import type { BasketRepository, BasketView } from '../application/basket-repository.js';
import type { Basket } from '../domain/basket.js';

interface Row {
  customer_id: string;
  status: BasketView['status'];
  items: string;
}

/** One row per basket; its lines as a JSON array (they are only ever read with their basket). */
export const sqlBasketRepository: BasketRepository = {
  async save(sql: Sql, id: string, basket: Basket): Promise<void> {
    await sql.run(
      `INSERT INTO baskets_baskets (id, customer_id, status, items) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, status = excluded.status, items = excluded.items`,
      [id, basket.customerId, basket.status, JSON.stringify(basket.items)],
    );
  },
  async load(sql: Sql, id: string): Promise<BasketView | undefined> {
    const row = await sql.get<Row>('SELECT customer_id, status, items FROM baskets_baskets WHERE id = ?', [id]);
    return row && { id, customerId: row.customer_id, status: row.status, items: JSON.parse(row.items) as BasketView['items'] };
  },
};
