import type { StateRepository } from '../../../platform/state-stored.js';
import type { Customer } from '../domain/customer.js';

/** Where customers are kept: one row per customer (state-stored, not event-sourced). */
export type CustomerRepository = StateRepository<Customer>;
