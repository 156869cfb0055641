// Original file: proto/mallbots/stores/v1/stores.proto


export interface EnableParticipationResponse {
}

export interface EnableParticipationResponse__Output {
}
