// Original file: proto/mallbots/baskets/v1/baskets.proto

import type { Basket as _mallbots_baskets_v1_Basket, Basket__Output as _mallbots_baskets_v1_Basket__Output } from '../../../mallbots/baskets/v1/Basket';

export interface GetBasketResponse {
  'basket'?: (_mallbots_baskets_v1_Basket | null);
}

export interface GetBasketResponse__Output {
  'basket': (_mallbots_baskets_v1_Basket__Output | null);
}
