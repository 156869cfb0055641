// Original file: proto/mallbots/customers/v1/customers.proto


export interface EnableCustomerRequest {
  'id'?: (string);
}

export interface EnableCustomerRequest__Output {
  'id': (string);
}
