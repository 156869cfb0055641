import type { Sql } from '../../../platform/sql.js';
import type { StateRepository } from '../../../platform/state-stored.js';
import type { ShoppingList } from '../domain/shopping-list.js';

/**
 * Where shopping lists are kept: one row per list (state-stored), at most one list per order. A new
 * list's save also throws a `ConcurrencyError` when a list for its order was stored since.
 */
export interface ShoppingListRepository extends StateRepository<ShoppingList> {
  /** The id of the order's list, if it has one. */
  findByOrder(sql: Sql, orderId: string): Promise<string | undefined>;
}
