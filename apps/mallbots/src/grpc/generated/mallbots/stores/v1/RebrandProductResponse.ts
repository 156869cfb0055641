// Original file: proto/mallbots/stores/v1/stores.proto


export interface RebrandProductResponse {
}

export interface RebrandProductResponse__Output {
}
