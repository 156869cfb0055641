// Original file: proto/mallbots/stores/v1/stores.proto


export interface IncreaseProductPriceResponse {
}

export interface IncreaseProductPriceResponse__Output {
}
