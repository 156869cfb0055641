import type { Sql } from '../../../platform/sql.js';
import type { Stored } from '../../../platform/state-stored.js';
import { saveVersionedRow } from '../../../platform/versioned-row.js';
import type { CustomerRepository } from '../application/customer-repository.js';
import type { Customer } from '../domain/customer.js';

/** The module's table; a released step never changes (see `migrateModule`). Step 2: the row's version, for optimistic saves. */
export const customersMigrations = [
  `CREATE TABLE customers_customers (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     sms_number TEXT NOT NULL,
     enabled INTEGER NOT NULL
   )`,
  `ALTER TABLE customers_customers ADD COLUMN version INTEGER NOT NULL DEFAULT 0`,
];

interface Row {
  name: string;
  sms_number: string;
  enabled: number;
  version: number;
}

/** Customers in `customers_customers`, saved optimistically (`saveVersionedRow`). */
export const sqlCustomerRepository: CustomerRepository = {
  async load(sql: Sql, id: string): Promise<Stored<Customer> | undefined> {
    const row = await sql.get<Row>('SELECT name, sms_number, enabled, version FROM customers_customers WHERE id = ?', [id]);
    return row && { state: { registered: true, name: row.name, smsNumber: row.sms_number, enabled: row.enabled === 1 }, version: row.version };
  },
  save: (sql: Sql, id: string, customer: Customer, version: number | undefined) =>
    saveVersionedRow(
      sql,
      { table: 'customers_customers', what: 'customer' },
      id,
      { name: customer.name, sms_number: customer.smsNumber, enabled: customer.enabled ? 1 : 0 },
      version,
    ),
};
