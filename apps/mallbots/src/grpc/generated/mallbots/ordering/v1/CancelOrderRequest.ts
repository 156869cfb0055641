// Original file: proto/mallbots/ordering/v1/ordering.proto


export interface CancelOrderRequest {
  'id'?: (string);
}

export interface CancelOrderRequest__Output {
  'id': (string);
}
