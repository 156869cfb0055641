// Original file: proto/mallbots/customers/v1/customers.proto


export interface RegisterCustomerRequest {
  'name'?: (string);
  'smsNumber'?: (string);
}

export interface RegisterCustomerRequest__Output {
  'name': (string);
  'smsNumber': (string);
}
