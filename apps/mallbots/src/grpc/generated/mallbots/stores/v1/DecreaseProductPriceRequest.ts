// Original file: proto/mallbots/stores/v1/stores.proto


export interface DecreaseProductPriceRequest {
  'id'?: (string);
  'price'?: (number | string);
}

export interface DecreaseProductPriceRequest__Output {
  'id': (string);
  'price': (number);
}
