// Original file: proto/mallbots/stores/v1/stores.proto


export interface EnableParticipationRequest {
  'id'?: (string);
}

export interface EnableParticipationRequest__Output {
  'id': (string);
}
