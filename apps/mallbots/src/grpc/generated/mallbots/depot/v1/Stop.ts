// Original file: proto/mallbots/depot/v1/depot.proto

import type { StopItem as _mallbots_depot_v1_StopItem, StopItem__Output as _mallbots_depot_v1_StopItem__Output } from '../../../mallbots/depot/v1/StopItem';

/**
 * A store the bot visits.
 */
export interface Stop {
  'storeName'?: (string);
  'storeLocation'?: (string);
  /**
   * Keyed by product id.
   */
  'items'?: ({[key: string]: _mallbots_depot_v1_StopItem});
}

/**
 * A store the bot visits.
 */
export interface Stop__Output {
  'storeName': (string);
  'storeLocation': (string);
  /**
   * Keyed by product id.
   */
  'items': ({[key: string]: _mallbots_depot_v1_StopItem__Output});
}
