// Original file: proto/mallbots/stores/v1/stores.proto


export interface GetStoresRequest {
}

export interface GetStoresRequest__Output {
}
