// Original file: proto/mallbots/stores/v1/stores.proto


export interface RebrandStoreResponse {
}

export interface RebrandStoreResponse__Output {
}
