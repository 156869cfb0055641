import { z } from 'zod';

/**
 * Money on the wire: a number of currency units with at most two decimals (`9.99`). Inside, money
 * is always integer cents, so sums are exact (`10 × 9.99` is `99.90`, never `99.89999…`).
 */
export const moneySchema = z
  .number()
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, 'must have at most 2 decimals')
  // Ten million units: one amount in cents fits a 32-bit INTEGER column on PostgreSQL too.
  .refine((value) => Math.abs(value) <= 1e7, 'is too large');

export const toCents = (units: number): number => Math.round(units * 100);

export const fromCents = (cents: number): number => cents / 100;
