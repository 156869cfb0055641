import type { Sql } from '../../../platform/sql.js';
import type { Sales } from '../domain/order-sales.js';

/** The running totals per store and product. */
export interface SalesTotals {
  /** Adds one order's sales; safe against concurrent adds (each row is incremented in place). */
  add(sql: Sql, sales: Sales): Promise<void>;
  /** The totals, best-selling first. */
  read(sql: Sql): Promise<Sales>;
}
