// Original file: proto/mallbots/customers/v1/customers.proto


export interface ChangeSmsNumberResponse {
}

export interface ChangeSmsNumberResponse__Output {
}
