// Original file: proto/mallbots/stores/v1/stores.proto


export interface DisableParticipationResponse {
}

export interface DisableParticipationResponse__Output {
}
