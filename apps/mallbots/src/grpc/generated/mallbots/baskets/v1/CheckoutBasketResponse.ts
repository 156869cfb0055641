// Original file: proto/mallbots/baskets/v1/baskets.proto


export interface CheckoutBasketResponse {
}

export interface CheckoutBasketResponse__Output {
}
