// Original file: proto/mallbots/search/v1/search.proto

import type { Item as _mallbots_search_v1_Item, Item__Output as _mallbots_search_v1_Item__Output } from '../../../mallbots/search/v1/Item';

/**
 * An order enriched with its customer's, stores' and products' names.
 */
export interface Order {
  'orderId'?: (string);
  'customerId'?: (string);
  /**
   * Empty until search has learned the customer's name.
   */
  'customerName'?: (string);
  'items'?: (_mallbots_search_v1_Item)[];
  'total'?: (number | string);
  /**
   * "New", "Approved", "Rejected", "Ready For Pickup", "Completed" or "Canceled", as in the HTTP API.
   */
  'status'?: (string);
}

/**
 * An order enriched with its customer's, stores' and products' names.
 */
export interface Order__Output {
  'orderId': (string);
  'customerId': (string);
  /**
   * Empty until search has learned the customer's name.
   */
  'customerName': (string);
  'items': (_mallbots_search_v1_Item__Output)[];
  'total': (number);
  /**
   * "New", "Approved", "Rejected", "Ready For Pickup", "Completed" or "Canceled", as in the HTTP API.
   */
  'status': (string);
}
