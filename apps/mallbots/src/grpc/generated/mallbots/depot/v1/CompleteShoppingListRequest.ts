// Original file: proto/mallbots/depot/v1/depot.proto


export interface CompleteShoppingListRequest {
  'id'?: (string);
}

export interface CompleteShoppingListRequest__Output {
  'id': (string);
}
