// Original file: proto/mallbots/depot/v1/depot.proto


export interface OrderItem {
  'productId'?: (string);
  'storeId'?: (string);
  'quantity'?: (number);
}

export interface OrderItem__Output {
  'productId': (string);
  'storeId': (string);
  'quantity': (number);
}
