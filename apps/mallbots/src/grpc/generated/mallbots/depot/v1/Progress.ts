// Original file: proto/mallbots/depot/v1/depot.proto

import type { Picked as _mallbots_depot_v1_Picked, Picked__Output as _mallbots_depot_v1_Picked__Output } from '../../../mallbots/depot/v1/Picked';

/**
 * The reports of the bot holding the list; they start over when it is assigned, released or failed.
 */
export interface Progress {
  /**
   * The number of the last report applied; 0 before any.
   */
  'lastSeq'?: (number);
  /**
   * The store of the stop the bot is at; absent between stops.
   */
  'atStoreId'?: (string);
  /**
   * Keyed by store id.
   */
  'picked'?: ({[key: string]: _mallbots_depot_v1_Picked});
  /**
   * Store ids of the stops done, in order.
   */
  'stopsDone'?: (string)[];
  '_atStoreId'?: "atStoreId";
}

/**
 * The reports of the bot holding the list; they start over when it is assigned, released or failed.
 */
export interface Progress__Output {
  /**
   * The number of the last report applied; 0 before any.
   */
  'lastSeq': (number);
  /**
   * The store of the stop the bot is at; absent between stops.
   */
  'atStoreId'?: (string);
  /**
   * Keyed by store id.
   */
  'picked': ({[key: string]: _mallbots_depot_v1_Picked__Output});
  /**
   * Store ids of the stops done, in order.
   */
  'stopsDone': (string)[];
  '_atStoreId'?: "atStoreId";
}
