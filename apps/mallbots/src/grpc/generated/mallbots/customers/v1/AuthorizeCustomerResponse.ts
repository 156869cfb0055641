// Original file: proto/mallbots/customers/v1/customers.proto


export interface AuthorizeCustomerResponse {
}

export interface AuthorizeCustomerResponse__Output {
}
