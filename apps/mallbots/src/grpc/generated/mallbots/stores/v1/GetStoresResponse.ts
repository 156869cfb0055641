// Original file: proto/mallbots/stores/v1/stores.proto

import type { Store as _mallbots_stores_v1_Store, Store__Output as _mallbots_stores_v1_Store__Output } from '../../../mallbots/stores/v1/Store';

export interface GetStoresResponse {
  'stores'?: (_mallbots_stores_v1_Store)[];
}

export interface GetStoresResponse__Output {
  'stores': (_mallbots_stores_v1_Store__Output)[];
}
