import type { PaymentRepository } from '../application/payment-repository.js';
import { saveVersionedRow } from '../../../platform/versioned-row.js';

interface Row {
  customer_id: string;
  amount_cents: number;
  confirmed_for: string | null;
  version: number;
}

const table = { table: 'payments_payments', what: 'payment' };

export const sqlPaymentRepository: PaymentRepository = {
  async load(sql, id) {
    const row = await sql.get<Row>('SELECT customer_id, amount_cents, confirmed_for, version FROM payments_payments WHERE id = ?', [id]);
    return row && { state: { authorized: true, customerId: row.customer_id, amountCents: row.amount_cents, confirmedFor: row.confirmed_for }, version: row.version };
  },
  save: (sql, id, payment, version) =>
    saveVersionedRow(sql, table, id, { customer_id: payment.customerId, amount_cents: payment.amountCents, confirmed_for: payment.confirmedFor }, version),
};
