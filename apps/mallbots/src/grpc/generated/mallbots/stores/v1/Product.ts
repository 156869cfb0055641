// Original file: proto/mallbots/stores/v1/stores.proto


export interface Product {
  'id'?: (string);
  'storeId'?: (string);
  'name'?: (string);
  'description'?: (string);
  'sku'?: (string);
  'price'?: (number | string);
}

export interface Product__Output {
  'id': (string);
  'storeId': (string);
  'name': (string);
  'description': (string);
  'sku': (string);
  'price': (number);
}
