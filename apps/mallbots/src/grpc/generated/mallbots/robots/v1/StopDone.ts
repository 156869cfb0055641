// Original file: proto/mallbots/robots/v1/robots.proto


export interface StopDone {
  'storeId'?: (string);
}

export interface StopDone__Output {
  'storeId': (string);
}
