import type { Sql } from '../../../platform/sql.js';

/** The module's own copy of each customer's SMS number, kept from the customers' events. */
export interface CustomerDirectory {
  save(sql: Sql, customerId: string, smsNumber: string): Promise<void>;
  /** Undefined while the customer's registration has not arrived here. */
  smsNumberOf(sql: Sql, customerId: string): Promise<string | undefined>;
}
