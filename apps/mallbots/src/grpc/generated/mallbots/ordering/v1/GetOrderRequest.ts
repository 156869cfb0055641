// Original file: proto/mallbots/ordering/v1/ordering.proto


export interface GetOrderRequest {
  'id'?: (string);
}

export interface GetOrderRequest__Output {
  'id': (string);
}
