// Original file: proto/mallbots/baskets/v1/baskets.proto


export interface StartBasketResponse {
  'id'?: (string);
}

export interface StartBasketResponse__Output {
  'id': (string);
}
