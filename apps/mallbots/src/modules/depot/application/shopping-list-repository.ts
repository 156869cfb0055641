import type { Sql } from '../../../platform/sql.js';
import type { ShoppingList } from '../domain/shopping-list.js';

/** Where shopping lists are kept: one row per list (state-stored), at most one list per order. */
export interface ShoppingListRepository {
  load(sql: Sql, id: string): Promise<ShoppingList | undefined>;
  save(sql: Sql, id: string, list: ShoppingList): Promise<void>;
  /** The id of the order's list, if it has one. */
  findByOrder(sql: Sql, orderId: string): Promise<string | undefined>;
}
