// Original file: proto/mallbots/customers/v1/customers.proto


export interface EnableCustomerResponse {
}

export interface EnableCustomerResponse__Output {
}
