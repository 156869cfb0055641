import { saveVersionedRow } from '../../../platform/versioned-row.js';
import type { ShoppingListRepository } from '../application/shopping-list-repository.js';
import type { Progress } from '../domain/progress.js';
import type { ShoppingListStatus } from '../domain/shopping-list.js';
import type { Stops } from '../domain/stops.js';

interface Row {
  order_id: string;
  status: ShoppingListStatus;
  assigned_bot_id: string | null;
  stops: string;
  progress: string;
  version: number;
}

/**
 * Shopping lists in `depot_shopping_lists`, the stops and the bot's progress as JSON, saved optimistically
 * (`saveVersionedRow`): a second list for one order conflicts on the order's unique key.
 */
export const sqlShoppingListRepository: ShoppingListRepository = {
  async load(sql, id) {
    const row = await sql.get<Row>('SELECT order_id, status, assigned_bot_id, stops, progress, version FROM depot_shopping_lists WHERE id = ?', [id]);
    return (
      row && {
        state: {
          status: row.status,
          orderId: row.order_id,
          assignedBotId: row.assigned_bot_id,
          stops: JSON.parse(row.stops) as Stops,
          progress: JSON.parse(row.progress) as Progress,
        },
        version: row.version,
      }
    );
  },
  save: (sql, id, list, version) =>
    saveVersionedRow(
      sql,
      { table: 'depot_shopping_lists', what: `shopping list of order ${list.orderId}` },
      id,
      {
        order_id: list.orderId,
        status: list.status,
        assigned_bot_id: list.assignedBotId,
        stops: JSON.stringify(list.stops),
        progress: JSON.stringify(list.progress),
      },
      version,
    ),
  async findByOrder(sql, orderId) {
    return (await sql.get<{ id: string }>('SELECT id FROM depot_shopping_lists WHERE order_id = ?', [orderId]))?.id;
  },
};
