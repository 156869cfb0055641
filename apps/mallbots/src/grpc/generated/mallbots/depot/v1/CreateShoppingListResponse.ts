// Original file: proto/mallbots/depot/v1/depot.proto


export interface CreateShoppingListResponse {
  'id'?: (string);
}

export interface CreateShoppingListResponse__Output {
  'id': (string);
}
