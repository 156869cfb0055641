// Original file: proto/mallbots/stores/v1/stores.proto


export interface RemoveProductRequest {
  'id'?: (string);
}

export interface RemoveProductRequest__Output {
  'id': (string);
}
