// Original file: proto/mallbots/customers/v1/customers.proto


export interface ChangeSmsNumberRequest {
  'id'?: (string);
  'smsNumber'?: (string);
}

export interface ChangeSmsNumberRequest__Output {
  'id': (string);
  'smsNumber': (string);
}
