// Original file: proto/mallbots/payments/v1/payments.proto


export interface AuthorizePaymentResponse {
  'id'?: (string);
}

export interface AuthorizePaymentResponse__Output {
  'id': (string);
}
