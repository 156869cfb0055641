// Original file: proto/mallbots/ordering/v1/ordering.proto


export interface CreateOrderResponse {
  'id'?: (string);
}

export interface CreateOrderResponse__Output {
  'id': (string);
}
