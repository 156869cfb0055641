// Original file: proto/mallbots/robots/v1/robots.proto


export interface PickedItem {
  'storeId'?: (string);
  'productId'?: (string);
  'quantity'?: (number);
}

export interface PickedItem__Output {
  'storeId': (string);
  'productId': (string);
  'quantity': (number);
}
