import type { StateRepository } from '../../../platform/state-stored.js';
import type { Invoice } from '../domain/invoice.js';

/** Where invoices are kept: one row per invoice (its id is the order's id). */
export type InvoiceRepository = StateRepository<Invoice>;
