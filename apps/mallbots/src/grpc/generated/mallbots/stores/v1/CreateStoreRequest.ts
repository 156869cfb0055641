// Original file: proto/mallbots/stores/v1/stores.proto


export interface CreateStoreRequest {
  'name'?: (string);
  'location'?: (string);
}

export interface CreateStoreRequest__Output {
  'name': (string);
  'location': (string);
}
