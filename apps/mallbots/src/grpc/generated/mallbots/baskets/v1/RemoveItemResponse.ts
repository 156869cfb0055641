// Original file: proto/mallbots/baskets/v1/baskets.proto


export interface RemoveItemResponse {
}

export interface RemoveItemResponse__Output {
}
