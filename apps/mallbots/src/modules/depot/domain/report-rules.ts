import { RuleViolationError } from '@mallbots/eda';
import { requireNonBlank } from '../../../platform/rules.js';
import { pickedSoFar, type Progress, type ProgressReport } from './progress.js';
import type { Stops } from './stops.js';

/** Where the bot holding a list is on its walk: what a report is checked against. */
export interface Walk {
  /** The bot reported `started` (the list is `active`). */
  started: boolean;
  stops: Stops;
  progress: Progress;
}

const requireStarted = (walk: Walk): void => {
  if (!walk.started) throw new RuleViolationError('the shopping has not started');
};

const requireAt = (walk: Walk, storeId: string): void => {
  if (walk.progress.atStoreId !== storeId) throw new RuleViolationError('the bot is not at the store');
};

/**
 * Throws the rule a report breaks at this point of the walk; the report is in order and from the
 * bot holding the list (the decider checks those). The walk: `started` once; then, per stop,
 * `arrived` at a stop not done while at no other, `picked` there (a positive whole quantity, never
 * more in all than the stop lists), `stopDone`; `completed` once every stop is done. `failed` may
 * come at any time, with a reason. A stop may be done with less picked than listed (a store may
 * have run out): what was picked is in the progress.
 */
export const checkReport = (walk: Walk, report: ProgressReport): void => {
  switch (report.type) {
    case 'started':
      if (walk.started) throw new RuleViolationError('the shopping has already started');
      return;
    case 'arrived':
      requireStarted(walk);
      if (!Object.hasOwn(walk.stops, report.storeId)) throw new RuleViolationError('the store is not a stop of the shopping list');
      if (walk.progress.stopsDone.includes(report.storeId)) throw new RuleViolationError('the stop is already done');
      if (walk.progress.atStoreId !== null) throw new RuleViolationError('the bot is already at a stop');
      return;
    case 'picked': {
      requireAt(walk, report.storeId);
      // The bot is at the store, so it is a stop (`arrived` checked that).
      const items = walk.stops[report.storeId]?.items ?? {};
      const item = Object.hasOwn(items, report.productId) ? items[report.productId] : undefined;
      if (!item) throw new RuleViolationError('the product is not on the stop');
      if (!Number.isInteger(report.quantity) || report.quantity < 1) throw new RuleViolationError('the picked quantity must be a positive whole number');
      if (pickedSoFar(walk.progress, report.storeId, report.productId) + report.quantity > item.quantity) {
        throw new RuleViolationError('more is picked than the stop lists');
      }
      return;
    }
    case 'stopDone':
      requireAt(walk, report.storeId);
      return;
    case 'completed':
      requireStarted(walk);
      if (Object.keys(walk.stops).some((storeId) => !walk.progress.stopsDone.includes(storeId))) {
        throw new RuleViolationError('the shopping list has stops not done');
      }
      return;
    case 'failed':
      requireNonBlank(report.reason, 'the failure reason cannot be blank');
      return;
  }
};
