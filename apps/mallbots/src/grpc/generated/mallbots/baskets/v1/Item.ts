// Original file: proto/mallbots/baskets/v1/baskets.proto


export interface Item {
  'storeId'?: (string);
  'productId'?: (string);
  'storeName'?: (string);
  'productName'?: (string);
  /**
   * The price when the product's line was started.
   */
  'productPrice'?: (number | string);
  'quantity'?: (number);
}

export interface Item__Output {
  'storeId': (string);
  'productId': (string);
  'storeName': (string);
  'productName': (string);
  /**
   * The price when the product's line was started.
   */
  'productPrice': (number);
  'quantity': (number);
}
