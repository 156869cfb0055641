// Original file: proto/mallbots/baskets/v1/baskets.proto


export interface CancelBasketResponse {
}

export interface CancelBasketResponse__Output {
}
