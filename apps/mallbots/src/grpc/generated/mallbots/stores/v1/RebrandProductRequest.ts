// Original file: proto/mallbots/stores/v1/stores.proto


export interface RebrandProductRequest {
  'id'?: (string);
  'name'?: (string);
  'description'?: (string);
}

export interface RebrandProductRequest__Output {
  'id': (string);
  'name': (string);
  'description': (string);
}
