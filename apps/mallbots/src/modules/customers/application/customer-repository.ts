import type { Sql } from '../../../platform/sql.js';
import type { Customer } from '../domain/customer.js';

/** Where customers are kept: one row per customer (state-stored, not event-sourced). */
export interface CustomerRepository {
  load(sql: Sql, id: string): Promise<Customer | undefined>;
  save(sql: Sql, id: string, customer: Customer): Promise<void>;
}
