// Original file: proto/mallbots/customers/v1/customers.proto


export interface DisableCustomerRequest {
  'id'?: (string);
}

export interface DisableCustomerRequest__Output {
  'id': (string);
}
