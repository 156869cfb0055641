// Original file: proto/mallbots/baskets/v1/baskets.proto


export interface AddItemRequest {
  'id'?: (string);
  'productId'?: (string);
  'quantity'?: (number);
}

export interface AddItemRequest__Output {
  'id': (string);
  'productId': (string);
  'quantity': (number);
}
