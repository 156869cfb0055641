// Original file: proto/mallbots/baskets/v1/baskets.proto


export interface StartBasketRequest {
  'customerId'?: (string);
}

export interface StartBasketRequest__Output {
  'customerId': (string);
}
