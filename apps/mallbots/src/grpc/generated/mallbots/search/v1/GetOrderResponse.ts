// Original file: proto/mallbots/search/v1/search.proto

import type { Order as _mallbots_search_v1_Order, Order__Output as _mallbots_search_v1_Order__Output } from '../../../mallbots/search/v1/Order';

export interface GetOrderResponse {
  'order'?: (_mallbots_search_v1_Order | null);
}

export interface GetOrderResponse__Output {
  'order': (_mallbots_search_v1_Order__Output | null);
}
