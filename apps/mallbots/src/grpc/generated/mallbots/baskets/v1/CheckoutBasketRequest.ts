// Original file: proto/mallbots/baskets/v1/baskets.proto


export interface CheckoutBasketRequest {
  'id'?: (string);
  'paymentId'?: (string);
}

export interface CheckoutBasketRequest__Output {
  'id': (string);
  'paymentId': (string);
}
