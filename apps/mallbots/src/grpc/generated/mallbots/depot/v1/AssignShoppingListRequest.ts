// Original file: proto/mallbots/depot/v1/depot.proto


export interface AssignShoppingListRequest {
  'id'?: (string);
  'botId'?: (string);
}

export interface AssignShoppingListRequest__Output {
  'id': (string);
  'botId': (string);
}
