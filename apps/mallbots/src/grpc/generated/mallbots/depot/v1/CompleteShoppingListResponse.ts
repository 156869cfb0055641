// Original file: proto/mallbots/depot/v1/depot.proto


export interface CompleteShoppingListResponse {
}

export interface CompleteShoppingListResponse__Output {
}
