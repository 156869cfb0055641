// Original file: proto/mallbots/robots/v1/robots.proto


export interface Item {
  'productId'?: (string);
  'productName'?: (string);
  'quantity'?: (number);
  'picked'?: (number);
}

export interface Item__Output {
  'productId': (string);
  'productName': (string);
  'quantity': (number);
  'picked': (number);
}
