// Original file: proto/mallbots/payments/v1/payments.proto


export interface GetInvoiceRequest {
  'id'?: (string);
}

export interface GetInvoiceRequest__Output {
  'id': (string);
}
