import type { Payment } from '../domain/payment.js';
import type { StateRepository } from './state-store.js';

/** Where payment authorizations are kept: one row per authorization. */
export type PaymentRepository = StateRepository<Payment>;
