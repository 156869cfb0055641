// Original file: proto/mallbots/depot/v1/depot.proto

import type { OrderItem as _mallbots_depot_v1_OrderItem, OrderItem__Output as _mallbots_depot_v1_OrderItem__Output } from '../../../mallbots/depot/v1/OrderItem';

export interface CreateShoppingListRequest {
  'orderId'?: (string);
  'items'?: (_mallbots_depot_v1_OrderItem)[];
}

export interface CreateShoppingListRequest__Output {
  'orderId': (string);
  'items': (_mallbots_depot_v1_OrderItem__Output)[];
}
