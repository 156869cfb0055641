// Original file: proto/mallbots/ordering/v1/ordering.proto


export interface CancelOrderResponse {
}

export interface CancelOrderResponse__Output {
}
