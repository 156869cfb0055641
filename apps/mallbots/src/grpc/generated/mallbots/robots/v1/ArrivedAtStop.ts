// Original file: proto/mallbots/robots/v1/robots.proto


export interface ArrivedAtStop {
  'storeId'?: (string);
}

export interface ArrivedAtStop__Output {
  'storeId': (string);
}
