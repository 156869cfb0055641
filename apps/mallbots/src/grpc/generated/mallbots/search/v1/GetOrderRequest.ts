// Original file: proto/mallbots/search/v1/search.proto


export interface GetOrderRequest {
  'id'?: (string);
}

export interface GetOrderRequest__Output {
  'id': (string);
}
