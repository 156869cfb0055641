import type { Sql } from '../../../platform/sql.js';
import type { ShoppingList } from '../domain/shopping-list.js';

/** A stored shopping list and the version it was read at (it grows with every save). */
export interface StoredShoppingList {
  list: ShoppingList;
  version: number;
}

/**
 * Where shopping lists are kept: one row per list (state-stored), at most one list per order.
 * Saves are optimistic: concurrent transactions may read one list, and only the first to save it wins.
 */
export interface ShoppingListRepository {
  load(sql: Sql, id: string): Promise<StoredShoppingList | undefined>;
  /**
   * Saves the list read at `version` (`undefined`: not stored when read). Throws a
   * `ConcurrencyError` when another transaction saved it since, or, for a new list, stored a list
   * with its id or for its order: decide again on a fresh read (`retryOnConflict`, or the
   * transport's redelivery inside a message handler).
   */
  save(sql: Sql, id: string, list: ShoppingList, version: number | undefined): Promise<void>;
  /** The id of the order's list, if it has one. */
  findByOrder(sql: Sql, orderId: string): Promise<string | undefined>;
}
