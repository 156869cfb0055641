// Original file: proto/mallbots/ordering/v1/ordering.proto

import type { Item as _mallbots_ordering_v1_Item, Item__Output as _mallbots_ordering_v1_Item__Output } from '../../../mallbots/ordering/v1/Item';

export interface CreateOrderRequest {
  'customerId'?: (string);
  'paymentId'?: (string);
  'items'?: (_mallbots_ordering_v1_Item)[];
}

export interface CreateOrderRequest__Output {
  'customerId': (string);
  'paymentId': (string);
  'items': (_mallbots_ordering_v1_Item__Output)[];
}
