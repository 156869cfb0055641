// Original file: proto/mallbots/stores/v1/stores.proto


export interface Store {
  'id'?: (string);
  'name'?: (string);
  'location'?: (string);
  'participating'?: (boolean);
}

export interface Store__Output {
  'id': (string);
  'name': (string);
  'location': (string);
  'participating': (boolean);
}
