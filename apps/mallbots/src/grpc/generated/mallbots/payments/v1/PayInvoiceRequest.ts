// Original file: proto/mallbots/payments/v1/payments.proto


export interface PayInvoiceRequest {
  'id'?: (string);
}

export interface PayInvoiceRequest__Output {
  'id': (string);
}
