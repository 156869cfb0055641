// Original file: proto/mallbots/stores/v1/stores.proto

import type { Product as _mallbots_stores_v1_Product, Product__Output as _mallbots_stores_v1_Product__Output } from '../../../mallbots/stores/v1/Product';

export interface GetCatalogResponse {
  'products'?: (_mallbots_stores_v1_Product)[];
}

export interface GetCatalogResponse__Output {
  'products': (_mallbots_stores_v1_Product__Output)[];
}
