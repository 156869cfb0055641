import type { Sql } from '../../../platform/sql.js';
import type { CustomerRepository } from '../application/customer-repository.js';
import type { Customer } from '../domain/customer.js';

export const customersMigrations = [
  `CREATE TABLE customers_customers (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     sms_number TEXT NOT NULL,
     enabled INTEGER NOT NULL
   )`,
];

interface Row {
  name: string;
  sms_number: string;
  enabled: number;
}

export const sqlCustomerRepository: CustomerRepository = {
  async load(sql: Sql, id: string): Promise<Customer | undefined> {
    const row = await sql.get<Row>('SELECT name, sms_number, enabled FROM customers_customers WHERE id = ?', [id]);
    return row && { registered: true, name: row.name, smsNumber: row.sms_number, enabled: row.enabled === 1 };
  },
  async save(sql: Sql, id: string, customer: Customer): Promise<void> {
    await sql.run(
      `INSERT INTO customers_customers (id, name, sms_number, enabled) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, sms_number = excluded.sms_number, enabled = excluded.enabled`,
      [id, customer.name, customer.smsNumber, customer.enabled ? 1 : 0],
    );
  },
};
