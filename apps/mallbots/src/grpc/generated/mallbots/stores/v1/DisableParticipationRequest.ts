// Original file: proto/mallbots/stores/v1/stores.proto


export interface DisableParticipationRequest {
  'id'?: (string);
}

export interface DisableParticipationRequest__Output {
  'id': (string);
}
