// Original file: proto/mallbots/customers/v1/customers.proto


export interface AuthorizeCustomerRequest {
  'id'?: (string);
}

export interface AuthorizeCustomerRequest__Output {
  'id': (string);
}
