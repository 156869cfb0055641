// Original file: proto/mallbots/baskets/v1/baskets.proto


export interface AddItemResponse {
}

export interface AddItemResponse__Output {
}
