// Original file: proto/mallbots/search/v1/search.proto


export interface Item {
  'productId'?: (string);
  'storeId'?: (string);
  'productName'?: (string);
  'storeName'?: (string);
  'price'?: (number | string);
  'quantity'?: (number);
}

export interface Item__Output {
  'productId': (string);
  'storeId': (string);
  'productName': (string);
  'storeName': (string);
  'price': (number);
  'quantity': (number);
}
