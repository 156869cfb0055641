// Original file: proto/mallbots/depot/v1/depot.proto


export interface AssignShoppingListResponse {
}

export interface AssignShoppingListResponse__Output {
}
