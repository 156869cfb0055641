// Original file: proto/mallbots/baskets/v1/baskets.proto


export interface GetBasketRequest {
  'id'?: (string);
}

export interface GetBasketRequest__Output {
  'id': (string);
}
