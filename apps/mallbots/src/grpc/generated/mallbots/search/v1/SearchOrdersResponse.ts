// Original file: proto/mallbots/search/v1/search.proto

import type { Order as _mallbots_search_v1_Order, Order__Output as _mallbots_search_v1_Order__Output } from '../../../mallbots/search/v1/Order';

export interface SearchOrdersResponse {
  'orders'?: (_mallbots_search_v1_Order)[];
  /**
   * Where the next page starts; empty when this page is the last.
   */
  'next'?: (string);
}

export interface SearchOrdersResponse__Output {
  'orders': (_mallbots_search_v1_Order__Output)[];
  /**
   * Where the next page starts; empty when this page is the last.
   */
  'next': (string);
}
