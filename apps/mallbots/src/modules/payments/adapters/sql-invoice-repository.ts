import type { InvoiceRepository } from '../application/invoice-repository.js';
import type { InvoiceStatus } from '../domain/invoice.js';
import { saveVersionedRow } from '../../../platform/versioned-row.js';

interface Row {
  order_id: string;
  amount_cents: number;
  status: InvoiceStatus;
  version: number;
}

const table = { table: 'payments_invoices', what: 'invoice' };

export const sqlInvoiceRepository: InvoiceRepository = {
  async load(sql, id) {
    const row = await sql.get<Row>('SELECT order_id, amount_cents, status, version FROM payments_invoices WHERE id = ?', [id]);
    return row && { state: { status: row.status, orderId: row.order_id, amountCents: row.amount_cents }, version: row.version };
  },
  save: (sql, id, invoice, version) =>
    saveVersionedRow(sql, table, id, { order_id: invoice.orderId, amount_cents: invoice.amountCents, status: invoice.status }, version),
};
