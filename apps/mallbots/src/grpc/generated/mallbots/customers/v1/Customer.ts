// Original file: proto/mallbots/customers/v1/customers.proto


export interface Customer {
  'id'?: (string);
  'name'?: (string);
  'smsNumber'?: (string);
  'enabled'?: (boolean);
}

export interface Customer__Output {
  'id': (string);
  'name': (string);
  'smsNumber': (string);
  'enabled': (boolean);
}
