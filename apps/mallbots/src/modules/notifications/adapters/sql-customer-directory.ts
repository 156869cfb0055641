import type { CustomerDirectory } from '../application/customer-directory.js';

export const sqlCustomerDirectory: CustomerDirectory = {
  async save(sql, customerId, smsNumber) {
    await sql.run(
      'INSERT INTO notifications_customers (id, sms_number) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET sms_number = excluded.sms_number',
      [customerId, smsNumber],
    );
  },
  async smsNumberOf(sql, customerId) {
    const row = await sql.get<{ sms_number: string }>('SELECT sms_number FROM notifications_customers WHERE id = ?', [customerId]);
    return row?.sms_number;
  },
};
