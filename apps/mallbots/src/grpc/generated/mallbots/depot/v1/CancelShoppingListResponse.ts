// Original file: proto/mallbots/depot/v1/depot.proto


export interface CancelShoppingListResponse {
}

export interface CancelShoppingListResponse__Output {
}
