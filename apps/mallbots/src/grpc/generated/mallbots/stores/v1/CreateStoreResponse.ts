// Original file: proto/mallbots/stores/v1/stores.proto


export interface CreateStoreResponse {
  'id'?: (string);
}

export interface CreateStoreResponse__Output {
  'id': (string);
}
