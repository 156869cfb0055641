// Original file: proto/mallbots/ordering/v1/ordering.proto

import type { Order as _mallbots_ordering_v1_Order, Order__Output as _mallbots_ordering_v1_Order__Output } from '../../../mallbots/ordering/v1/Order';

export interface GetOrderResponse {
  'order'?: (_mallbots_ordering_v1_Order | null);
}

export interface GetOrderResponse__Output {
  'order': (_mallbots_ordering_v1_Order__Output | null);
}
