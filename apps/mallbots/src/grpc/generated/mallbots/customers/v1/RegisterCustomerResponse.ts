// Original file: proto/mallbots/customers/v1/customers.proto


export interface RegisterCustomerResponse {
  'id'?: (string);
}

export interface RegisterCustomerResponse__Output {
  'id': (string);
}
