// Original file: proto/mallbots/depot/v1/depot.proto


export interface StopItem {
  'productName'?: (string);
  'quantity'?: (number);
}

export interface StopItem__Output {
  'productName': (string);
  'quantity': (number);
}
