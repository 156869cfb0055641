// Original file: proto/mallbots/stores/v1/stores.proto


export interface GetStoreRequest {
  'id'?: (string);
}

export interface GetStoreRequest__Output {
  'id': (string);
}
