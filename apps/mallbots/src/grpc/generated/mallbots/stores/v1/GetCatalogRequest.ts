// Original file: proto/mallbots/stores/v1/stores.proto


export interface GetCatalogRequest {
  'storeId'?: (string);
}

export interface GetCatalogRequest__Output {
  'storeId': (string);
}
