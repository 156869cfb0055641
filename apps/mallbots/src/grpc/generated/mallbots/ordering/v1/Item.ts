// Original file: proto/mallbots/ordering/v1/ordering.proto


export interface Item {
  'storeId'?: (string);
  'productId'?: (string);
  'storeName'?: (string);
  'productName'?: (string);
  'price'?: (number | string);
  'quantity'?: (number);
}

export interface Item__Output {
  'storeId': (string);
  'productId': (string);
  'storeName': (string);
  'productName': (string);
  'price': (number);
  'quantity': (number);
}
