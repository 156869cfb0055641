// Original file: proto/mallbots/stores/v1/stores.proto


export interface RebrandStoreRequest {
  'id'?: (string);
  'name'?: (string);
}

export interface RebrandStoreRequest__Output {
  'id': (string);
  'name': (string);
}
