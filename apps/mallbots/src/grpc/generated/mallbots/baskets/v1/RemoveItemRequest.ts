// Original file: proto/mallbots/baskets/v1/baskets.proto


export interface RemoveItemRequest {
  'id'?: (string);
  'productId'?: (string);
  'quantity'?: (number);
}

export interface RemoveItemRequest__Output {
  'id': (string);
  'productId': (string);
  'quantity': (number);
}
