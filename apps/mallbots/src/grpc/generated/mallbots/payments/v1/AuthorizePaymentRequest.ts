// Original file: proto/mallbots/payments/v1/payments.proto


export interface AuthorizePaymentRequest {
  'customerId'?: (string);
  'amount'?: (number | string);
}

export interface AuthorizePaymentRequest__Output {
  'customerId': (string);
  'amount': (number);
}
