// Original file: proto/mallbots/customers/v1/customers.proto


export interface DisableCustomerResponse {
}

export interface DisableCustomerResponse__Output {
}
