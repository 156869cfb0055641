import type { ShoppingListRepository } from '../application/shopping-list-repository.js';
import type { ShoppingListStatus } from '../domain/shopping-list.js';
import type { Stops } from '../domain/stops.js';

interface Row {
  order_id: string;
  status: ShoppingListStatus;
  assigned_bot_id: string | null;
  stops: string;
}

/** Shopping lists in `depot_shopping_lists`; the stops are kept as JSON. */
export const sqlShoppingListRepository: ShoppingListRepository = {
  async load(sql, id) {
    const row = await sql.get<Row>('SELECT order_id, status, assigned_bot_id, stops FROM depot_shopping_lists WHERE id = ?', [id]);
    return row && { status: row.status, orderId: row.order_id, assignedBotId: row.assigned_bot_id, stops: JSON.parse(row.stops) as Stops };
  },
  async save(sql, id, list) {
    await sql.run(
      `INSERT INTO depot_shopping_lists (id, order_id, status, assigned_bot_id, stops) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET status = excluded.status, assigned_bot_id = excluded.assigned_bot_id, stops = excluded.stops`,
      [id, list.orderId, list.status, list.assignedBotId, JSON.stringify(list.stops)],
    );
  },
  async findByOrder(sql, orderId) {
    return (await sql.get<{ id: string }>('SELECT id FROM depot_shopping_lists WHERE order_id = ?', [orderId]))?.id;
  },
};
