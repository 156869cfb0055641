// Original file: proto/mallbots/depot/v1/depot.proto


export interface CancelShoppingListRequest {
  'id'?: (string);
}

export interface CancelShoppingListRequest__Output {
  'id': (string);
}
