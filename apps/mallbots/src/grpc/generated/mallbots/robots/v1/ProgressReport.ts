// Original file: proto/mallbots/robots/v1/robots.proto

import type { Started as _mallbots_robots_v1_Started, Started__Output as _mallbots_robots_v1_Started__Output } from '../../../mallbots/robots/v1/Started';
import type { ArrivedAtStop as _mallbots_robots_v1_ArrivedAtStop, ArrivedAtStop__Output as _mallbots_robots_v1_ArrivedAtStop__Output } from '../../../mallbots/robots/v1/ArrivedAtStop';
import type { PickedItem as _mallbots_robots_v1_PickedItem, PickedItem__Output as _mallbots_robots_v1_PickedItem__Output } from '../../../mallbots/robots/v1/PickedItem';
import type { StopDone as _mallbots_robots_v1_StopDone, StopDone__Output as _mallbots_robots_v1_StopDone__Output } from '../../../mallbots/robots/v1/StopDone';
import type { ListCompleted as _mallbots_robots_v1_ListCompleted, ListCompleted__Output as _mallbots_robots_v1_ListCompleted__Output } from '../../../mallbots/robots/v1/ListCompleted';
import type { Failed as _mallbots_robots_v1_Failed, Failed__Output as _mallbots_robots_v1_Failed__Output } from '../../../mallbots/robots/v1/Failed';

/**
 * One step of the shopping. `seq` counts the reports of one assignment from 1; the depot applies
 * report n only after n - 1. A repeated report (seq already applied) is acknowledged as a
 * duplicate and has no second effect; a report out of order is refused and changes nothing.
 */
export interface ProgressReport {
  'shoppingListId'?: (string);
  'seq'?: (number);
  'started'?: (_mallbots_robots_v1_Started | null);
  'arrived'?: (_mallbots_robots_v1_ArrivedAtStop | null);
  'picked'?: (_mallbots_robots_v1_PickedItem | null);
  'stopDone'?: (_mallbots_robots_v1_StopDone | null);
  'completed'?: (_mallbots_robots_v1_ListCompleted | null);
  'failed'?: (_mallbots_robots_v1_Failed | null);
  'step'?: "started"|"arrived"|"picked"|"stopDone"|"completed"|"failed";
}

/**
 * One step of the shopping. `seq` counts the reports of one assignment from 1; the depot applies
 * report n only after n - 1. A repeated report (seq already applied) is acknowledged as a
 * duplicate and has no second effect; a report out of order is refused and changes nothing.
 */
export interface ProgressReport__Output {
  'shoppingListId': (string);
  'seq': (number);
  'started'?: (_mallbots_robots_v1_Started__Output | null);
  'arrived'?: (_mallbots_robots_v1_ArrivedAtStop__Output | null);
  'picked'?: (_mallbots_robots_v1_PickedItem__Output | null);
  'stopDone'?: (_mallbots_robots_v1_StopDone__Output | null);
  'completed'?: (_mallbots_robots_v1_ListCompleted__Output | null);
  'failed'?: (_mallbots_robots_v1_Failed__Output | null);
  'step'?: "started"|"arrived"|"picked"|"stopDone"|"completed"|"failed";
}
