// Original file: proto/mallbots/stores/v1/stores.proto


export interface IncreaseProductPriceRequest {
  'id'?: (string);
  'price'?: (number | string);
}

export interface IncreaseProductPriceRequest__Output {
  'id': (string);
  'price': (number);
}
