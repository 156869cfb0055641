import type { Invoice } from '../domain/invoice.js';
import type { StateRepository } from './state-store.js';

/** Where invoices are kept: one row per invoice (its id is the order's id). */
export type InvoiceRepository = StateRepository<Invoice>;
