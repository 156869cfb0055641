// Original file: proto/mallbots/stores/v1/stores.proto


export interface GetParticipatingStoresRequest {
}

export interface GetParticipatingStoresRequest__Output {
}
