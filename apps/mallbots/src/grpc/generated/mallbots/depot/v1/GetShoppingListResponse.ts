// Original file: proto/mallbots/depot/v1/depot.proto

import type { ShoppingList as _mallbots_depot_v1_ShoppingList, ShoppingList__Output as _mallbots_depot_v1_ShoppingList__Output } from '../../../mallbots/depot/v1/ShoppingList';

export interface GetShoppingListResponse {
  'shoppingList'?: (_mallbots_depot_v1_ShoppingList | null);
}

export interface GetShoppingListResponse__Output {
  'shoppingList': (_mallbots_depot_v1_ShoppingList__Output | null);
}
