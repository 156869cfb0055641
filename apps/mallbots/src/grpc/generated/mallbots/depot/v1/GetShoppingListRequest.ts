// Original file: proto/mallbots/depot/v1/depot.proto


export interface GetShoppingListRequest {
  'id'?: (string);
}

export interface GetShoppingListRequest__Output {
  'id': (string);
}
