// Original file: proto/mallbots/stores/v1/stores.proto


export interface RemoveProductResponse {
}

export interface RemoveProductResponse__Output {
}
