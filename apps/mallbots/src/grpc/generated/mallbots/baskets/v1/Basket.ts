// Original file: proto/mallbots/baskets/v1/baskets.proto

import type { Item as _mallbots_baskets_v1_Item, Item__Output as _mallbots_baskets_v1_Item__Output } from '../../../mallbots/baskets/v1/Item';

export interface Basket {
  'id'?: (string);
  'customerId'?: (string);
  /**
   * "open", "canceled" or "checked_out", as in the HTTP API.
   */
  'status'?: (string);
  'items'?: (_mallbots_baskets_v1_Item)[];
}

export interface Basket__Output {
  'id': (string);
  'customerId': (string);
  /**
   * "open", "canceled" or "checked_out", as in the HTTP API.
   */
  'status': (string);
  'items': (_mallbots_baskets_v1_Item__Output)[];
}
