// Original file: proto/mallbots/robots/v1/robots.proto


export interface ListCompleted {
}

export interface ListCompleted__Output {
}
