// Original file: proto/mallbots/search/v1/search.proto

import type { Filters as _mallbots_search_v1_Filters, Filters__Output as _mallbots_search_v1_Filters__Output } from '../../../mallbots/search/v1/Filters';

export interface SearchOrdersRequest {
  'filters'?: (_mallbots_search_v1_Filters | null);
  /**
   * The next of the previous page; absent or empty for the first page.
   */
  'next'?: (string);
  /**
   * 1 to 100; 20 when absent.
   */
  'limit'?: (number);
  '_next'?: "next";
  '_limit'?: "limit";
}

export interface SearchOrdersRequest__Output {
  'filters': (_mallbots_search_v1_Filters__Output | null);
  /**
   * The next of the previous page; absent or empty for the first page.
   */
  'next'?: (string);
  /**
   * 1 to 100; 20 when absent.
   */
  'limit'?: (number);
  '_next'?: "next";
  '_limit'?: "limit";
}
