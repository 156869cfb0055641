// Original file: proto/mallbots/ordering/v1/ordering.proto

import type { Item as _mallbots_ordering_v1_Item, Item__Output as _mallbots_ordering_v1_Item__Output } from '../../../mallbots/ordering/v1/Item';

export interface Order {
  'id'?: (string);
  'customerId'?: (string);
  'paymentId'?: (string);
  /**
   * Empty until the create-order saga has made the order's shopping list.
   */
  'shoppingId'?: (string);
  /**
   * Empty until the order's invoice is paid.
   */
  'invoiceId'?: (string);
  'items'?: (_mallbots_ordering_v1_Item)[];
  'total'?: (number | string);
  /**
   * "pending", "approved", "rejected", "ready", "completed" or "canceled", as in the HTTP API.
   */
  'status'?: (string);
}

export interface Order__Output {
  'id': (string);
  'customerId': (string);
  'paymentId': (string);
  /**
   * Empty until the create-order saga has made the order's shopping list.
   */
  'shoppingId': (string);
  /**
   * Empty until the order's invoice is paid.
   */
  'invoiceId': (string);
  'items': (_mallbots_ordering_v1_Item__Output)[];
  'total': (number);
  /**
   * "pending", "approved", "rejected", "ready", "completed" or "canceled", as in the HTTP API.
   */
  'status': (string);
}
