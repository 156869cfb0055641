// Original file: proto/mallbots/robots/v1/robots.proto

import type { Stop as _mallbots_robots_v1_Stop, Stop__Output as _mallbots_robots_v1_Stop__Output } from '../../../mallbots/robots/v1/Stop';

/**
 * A shopping list for the bot. Sent when the list is given to it, and again when a bot that still
 * holds a list reconnects: `last_seq` is then the last report the depot applied (its next report
 * is `last_seq + 1`), and the stops and items say what is done already, so the bot goes on from there.
 */
export interface Assignment {
  'shoppingListId'?: (string);
  'orderId'?: (string);
  'stops'?: (_mallbots_robots_v1_Stop)[];
  'lastSeq'?: (number);
  /**
   * The store the bot last arrived at and has not finished; empty between stops.
   */
  'atStoreId'?: (string);
  /**
   * False until the bot reports `started`.
   */
  'started'?: (boolean);
}

/**
 * A shopping list for the bot. Sent when the list is given to it, and again when a bot that still
 * holds a list reconnects: `last_seq` is then the last report the depot applied (its next report
 * is `last_seq + 1`), and the stops and items say what is done already, so the bot goes on from there.
 */
export interface Assignment__Output {
  'shoppingListId': (string);
  'orderId': (string);
  'stops': (_mallbots_robots_v1_Stop__Output)[];
  'lastSeq': (number);
  /**
   * The store the bot last arrived at and has not finished; empty between stops.
   */
  'atStoreId': (string);
  /**
   * False until the bot reports `started`.
   */
  'started': (boolean);
}
