// Original file: proto/mallbots/baskets/v1/baskets.proto


export interface CancelBasketRequest {
  'id'?: (string);
}

export interface CancelBasketRequest__Output {
  'id': (string);
}
