// Original file: proto/mallbots/stores/v1/stores.proto


export interface AddProductRequest {
  'storeId'?: (string);
  'name'?: (string);
  'description'?: (string);
  'sku'?: (string);
  'price'?: (number | string);
}

export interface AddProductRequest__Output {
  'storeId': (string);
  'name': (string);
  'description': (string);
  'sku': (string);
  'price': (number);
}
