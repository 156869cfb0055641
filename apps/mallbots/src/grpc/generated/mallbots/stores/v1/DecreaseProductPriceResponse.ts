// Original file: proto/mallbots/stores/v1/stores.proto


export interface DecreaseProductPriceResponse {
}

export interface DecreaseProductPriceResponse__Output {
}
