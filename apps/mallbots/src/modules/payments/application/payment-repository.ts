import type { StateRepository } from '../../../platform/state-stored.js';
import type { Payment } from '../domain/payment.js';

/** Where payment authorizations are kept: one row per authorization. */
export type PaymentRepository = StateRepository<Payment>;
