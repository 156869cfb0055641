// Original file: proto/mallbots/robots/v1/robots.proto

import type { Item as _mallbots_robots_v1_Item, Item__Output as _mallbots_robots_v1_Item__Output } from '../../../mallbots/robots/v1/Item';

export interface Stop {
  'storeId'?: (string);
  'storeName'?: (string);
  'storeLocation'?: (string);
  'items'?: (_mallbots_robots_v1_Item)[];
  'done'?: (boolean);
}

export interface Stop__Output {
  'storeId': (string);
  'storeName': (string);
  'storeLocation': (string);
  'items': (_mallbots_robots_v1_Item__Output)[];
  'done': (boolean);
}
