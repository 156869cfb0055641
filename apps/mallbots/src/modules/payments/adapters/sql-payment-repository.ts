import type { PaymentRepository } from '../application/payment-repository.js';

interface Row {
  customer_id: string;
  amount_cents: number;
  confirmed_for: string | null;
}

export const sqlPaymentRepository: PaymentRepository = {
  async load(sql, id) {
    const row = await sql.get<Row>('SELECT customer_id, amount_cents, confirmed_for FROM payments_payments WHERE id = ?', [id]);
    return row && { authorized: true, customerId: row.customer_id, amountCents: row.amount_cents, confirmedFor: row.confirmed_for };
  },
  async save(sql, id, payment) {
    await sql.run(
      `INSERT INTO payments_payments (id, customer_id, amount_cents, confirmed_for) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, amount_cents = excluded.amount_cents, confirmed_for = excluded.confirmed_for`,
      [id, payment.customerId, payment.amountCents, payment.confirmedFor],
    );
  },
};
