// Original file: proto/mallbots/payments/v1/payments.proto

import type { Invoice as _mallbots_payments_v1_Invoice, Invoice__Output as _mallbots_payments_v1_Invoice__Output } from '../../../mallbots/payments/v1/Invoice';

export interface GetInvoiceResponse {
  'invoice'?: (_mallbots_payments_v1_Invoice | null);
}

export interface GetInvoiceResponse__Output {
  'invoice': (_mallbots_payments_v1_Invoice__Output | null);
}
