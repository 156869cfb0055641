// Original file: proto/mallbots/stores/v1/stores.proto


export interface AddProductResponse {
  'id'?: (string);
}

export interface AddProductResponse__Output {
  'id': (string);
}
