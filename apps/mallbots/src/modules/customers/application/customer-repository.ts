import type { Sql } from '../../../platform/sql.js';
import type { Customer } from '../domain/customer.js';

/** A stored customer and the version it was read at (it grows with every save). */
export interface StoredCustomer {
  customer: Customer;
  version: number;
}

/**
 * Where customers are kept: one row per customer (state-stored, not event-sourced). Saves are
 * optimistic: concurrent transactions may read one customer, and only the first to save it wins.
 */
export interface CustomerRepository {
  load(sql: Sql, id: string): Promise<StoredCustomer | undefined>;
  /**
   * Saves the customer read at `version` (`undefined`: not stored when read). Throws a
   * `ConcurrencyError` when another transaction saved or created it since: decide again on a
   * fresh read (`retryOnConflict`).
   */
  save(sql: Sql, id: string, customer: Customer, version: number | undefined): Promise<void>;
}
