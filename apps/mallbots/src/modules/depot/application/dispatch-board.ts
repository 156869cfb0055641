import type { Sql } from '../../../platform/sql.js';

/** What the dispatcher reads across all shopping lists to decide which bot gets which list. */
export interface DispatchBoard {
  /** The `available` list created first (list ids are UUID v7: they sort by creation time). */
  oldestAvailable(sql: Sql): Promise<string | undefined>;
  /** Every list held by a bot (`assigned` or `active`), with its bot, oldest list first. */
  held(sql: Sql): Promise<{ shoppingListId: string; botId: string }[]>;
  /** The list `botId` holds (`assigned` or `active`), if any. */
  heldBy(sql: Sql, botId: string): Promise<string | undefined>;
  /**
   * Makes the transaction of `sql` the only one assigning to `botId` until it ends: another waits
   * for it, and then sees what it did. "A bot holds one list" spans rows (two transactions giving
   * the bot two different lists change different rows, so the lists' versions never meet), so an
   * assignment takes its turn first and only then asks `heldBy`.
   */
  takeBotsTurn(sql: Sql, botId: string): Promise<void>;
}
