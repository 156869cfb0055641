import { z } from 'zod';
import { text } from '../../../platform/http-schemas.js';
import { fromCents, moneySchema, toCents } from '../../../platform/money.js';
import type { InvoiceView } from '../application/invoices-service.js';

/** The payments' requests and answers as they travel, the same over HTTP and gRPC. */
export const paymentAuthorization = z.strictObject({ customerId: text(100), amount: moneySchema });

/** An authorization as the application takes it: the amount in cents. */
export const authorizationOf = ({ customerId, amount }: z.output<typeof paymentAuthorization>) => ({ customerId, amountCents: toCents(amount) });

export const invoiceSchema = z.object({ id: z.string(), orderId: z.string(), amount: z.number(), status: z.enum(['pending', 'paid', 'canceled']) });

/** An invoice on the wire: the amount in currency units. */
export const invoiceOnWire = ({ amountCents, ...rest }: InvoiceView): z.output<typeof invoiceSchema> => ({ ...rest, amount: fromCents(amountCents) });
