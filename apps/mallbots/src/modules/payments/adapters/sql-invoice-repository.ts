import type { InvoiceRepository } from '../application/invoice-repository.js';
import type { InvoiceStatus } from '../domain/invoice.js';

interface Row {
  order_id: string;
  amount_cents: number;
  status: InvoiceStatus;
}

export const sqlInvoiceRepository: InvoiceRepository = {
  async load(sql, id) {
    const row = await sql.get<Row>('SELECT order_id, amount_cents, status FROM payments_invoices WHERE id = ?', [id]);
    return row && { status: row.status, orderId: row.order_id, amountCents: row.amount_cents };
  },
  async save(sql, id, invoice) {
    await sql.run(
      `INSERT INTO payments_invoices (id, order_id, amount_cents, status) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET order_id = excluded.order_id, amount_cents = excluded.amount_cents, status = excluded.status`,
      [id, invoice.orderId, invoice.amountCents, invoice.status],
    );
  },
};
