import { z } from 'zod';
import { commandSpec, messageSpec } from '../../platform/contract-kit.js';

/** What other modules may know of payments: integration events and the commands payments answers. */
export const PaymentsTopics = {
  invoice: 'mallbots.payments.events.Invoice',
  commands: 'mallbots.payments.commands',
} as const;

const invoiceId = z.string().min(1);
const orderId = z.string().min(1);

export const InvoiceCreated = messageSpec('paymentsapi.InvoiceCreated', z.object({ invoiceId, orderId, amountCents: z.number().int().nonnegative() }));
export const InvoicePaid = messageSpec('paymentsapi.InvoicePaid', z.object({ invoiceId, orderId }));
export const InvoiceCanceled = messageSpec('paymentsapi.InvoiceCanceled', z.object({ invoiceId, orderId }));

/**
 * Succeeds only when the authorization `paymentId` exists, belongs to `customerId` and covers
 * `amountCents`; fails with the reason otherwise.
 *
 * An authorization pays for one order only: once confirmed, a confirmation for another order fails
 * ('the payment has already been used'), while the same confirmation sent again succeeds without
 * change. The order is `orderId` when given; without it (older senders), the command's correlation
 * id, which names the workflow (the saga of one order), stands for it.
 */
export const ConfirmPayment = commandSpec(
  'paymentsapi.ConfirmPayment',
  z.object({
    paymentId: z.string().min(1),
    customerId: z.string().min(1),
    amountCents: z.number().int().nonnegative(),
    orderId: z.string().min(1).optional(),
  }),
);

export const paymentsContract = [InvoiceCreated, InvoicePaid, InvoiceCanceled, ConfirmPayment];
