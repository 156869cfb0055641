import type { Sql } from '../../../platform/sql.js';

/** What the dispatcher reads across all shopping lists to decide which bot gets which list. */
export interface DispatchBoard {
  /** The `available` list created first (list ids are UUID v7: they sort by creation time). */
  oldestAvailable(sql: Sql): Promise<string | undefined>;
  /** The list `botId` holds (`assigned` or `active`), if any. */
  heldBy(sql: Sql, botId: string): Promise<string | undefined>;
}
