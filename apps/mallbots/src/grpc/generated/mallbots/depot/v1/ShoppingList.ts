// Original file: proto/mallbots/depot/v1/depot.proto

import type { Stop as _mallbots_depot_v1_Stop, Stop__Output as _mallbots_depot_v1_Stop__Output } from '../../../mallbots/depot/v1/Stop';
import type { Progress as _mallbots_depot_v1_Progress, Progress__Output as _mallbots_depot_v1_Progress__Output } from '../../../mallbots/depot/v1/Progress';

export interface ShoppingList {
  'id'?: (string);
  'orderId'?: (string);
  /**
   * "pending", "available", "assigned", "active", "completed" or "canceled", as in the HTTP API.
   */
  'status'?: (string);
  /**
   * The bot the list was last assigned to; absent before any.
   */
  'assignedBotId'?: (string);
  /**
   * Keyed by store id.
   */
  'stops'?: ({[key: string]: _mallbots_depot_v1_Stop});
  'progress'?: (_mallbots_depot_v1_Progress | null);
  '_assignedBotId'?: "assignedBotId";
}

export interface ShoppingList__Output {
  'id': (string);
  'orderId': (string);
  /**
   * "pending", "available", "assigned", "active", "completed" or "canceled", as in the HTTP API.
   */
  'status': (string);
  /**
   * The bot the list was last assigned to; absent before any.
   */
  'assignedBotId'?: (string);
  /**
   * Keyed by store id.
   */
  'stops': ({[key: string]: _mallbots_depot_v1_Stop__Output});
  'progress': (_mallbots_depot_v1_Progress__Output | null);
  '_assignedBotId'?: "assignedBotId";
}
