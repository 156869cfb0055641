// Original file: proto/mallbots/stores/v1/stores.proto


export interface GetProductRequest {
  'id'?: (string);
}

export interface GetProductRequest__Output {
  'id': (string);
}
