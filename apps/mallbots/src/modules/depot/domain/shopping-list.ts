import { RuleViolationError, type Decider } from '@mallbots/eda';
import { requireNonBlank } from '../../../platform/rules.js';
import { arrive, finishStop, noProgress, pick, type Progress, type ProgressReport } from './progress.js';
import { checkReport } from './report-rules.js';
import { buildStops, type KnownProduct, type ListItem, type Stops } from './stops.js';

export type ShoppingListStatus = 'pending' | 'available' | 'assigned' | 'active' | 'completed' | 'canceled';

/**
 * What a shopper bot collects for one order. State-stored: the state is a row, the events say
 * what changed. `active` (a bot on its way) is set by the bot's own `started` report; completing
 * is allowed from `assigned` or `active`, as the reference allows, by staff or by the bot's report.
 */
export interface ShoppingList {
  /** `null` until the list is created. */
  status: ShoppingListStatus | null;
  orderId: string;
  stops: Stops;
  /** The bot the list was last given to; it holds the list only while `assigned` or `active`. */
  assignedBotId: string | null;
  /** The bot's progress in the current assignment; it starts over when the list is assigned, released or failed. */
  progress: Progress;
}

export type ShoppingListCommand =
  | { type: 'CreateShoppingList'; data: { orderId: string; items: ListItem[]; products: Record<string, KnownProduct> } }
  | { type: 'InitiateShopping'; data: Record<string, never> }
  | { type: 'CancelShoppingList'; data: Record<string, never> }
  /** `botIsBusy`: the bot holds another list (the dispatcher looks it up). */
  | { type: 'AssignShoppingList'; data: { botId: string; botIsBusy: boolean } }
  | { type: 'ReleaseShoppingList'; data: { botId: string } }
  | { type: 'CompleteShoppingList'; data: Record<string, never> }
  /** The bot's report number `seq` (1, 2, 3… within an assignment). */
  | { type: 'ReportProgress'; data: { botId: string; seq: number; report: ProgressReport } };

export type ShoppingListEvent =
  | { type: 'ShoppingListCreated'; data: { orderId: string; stops: Stops } }
  | { type: 'ShoppingListAvailable'; data: Record<string, never> }
  | { type: 'ShoppingListAssigned'; data: { botId: string } }
  | { type: 'ShoppingListReleased'; data: { botId: string } }
  /** `seq`: the bot's report that completed the list; absent when staff completed it. */
  | { type: 'ShoppingListCompleted'; data: { seq?: number } }
  | { type: 'ShoppingListCanceled'; data: Record<string, never> }
  // The bot's reports, each with its number: the state keeps the last one applied.
  | { type: 'ShoppingStarted'; data: { botId: string; seq: number } }
  | { type: 'StopArrived'; data: { botId: string; seq: number; storeId: string } }
  | { type: 'ItemPicked'; data: { botId: string; seq: number; storeId: string; productId: string; quantity: number } }
  | { type: 'StopCompleted'; data: { botId: string; seq: number; storeId: string } }
  | { type: 'ShoppingFailed'; data: { botId: string; seq: number; reason: string } };

const held = (state: ShoppingList): boolean => state.status === 'assigned' || state.status === 'active';

/** The bot holding the list (it is `assigned` or `active`), or `null`. */
export const holder = (state: ShoppingList): string | null => (held(state) ? state.assignedBotId : null);

/** The event of an accepted report. */
const reported = (botId: string, seq: number, report: ProgressReport): ShoppingListEvent => {
  switch (report.type) {
    case 'started':
      return { type: 'ShoppingStarted', data: { botId, seq } };
    case 'arrived':
      return { type: 'StopArrived', data: { botId, seq, storeId: report.storeId } };
    case 'picked':
      return { type: 'ItemPicked', data: { botId, seq, storeId: report.storeId, productId: report.productId, quantity: report.quantity } };
    case 'stopDone':
      return { type: 'StopCompleted', data: { botId, seq, storeId: report.storeId } };
    case 'completed':
      return { type: 'ShoppingListCompleted', data: { seq } };
    case 'failed':
      return { type: 'ShoppingFailed', data: { botId, seq, reason: report.reason } };
  }
};

/**
 * A bot's report, in this order: a number that is not a positive whole one is refused; a number
 * the bot already used on its list is a repeat and changes nothing (even once the list is completed
 * or canceled, so a bot resending an unanswered report is not told off); the list must be held by
 * the bot (a bot that lost it is refused); the number must be the next one; then the walk's rules.
 */
const decideReport = (state: ShoppingList, { botId, seq, report }: { botId: string; seq: number; report: ProgressReport }): ShoppingListEvent[] => {
  if (!Number.isInteger(seq) || seq < 1) throw new RuleViolationError('the report number must be a positive whole number');
  const fromItsBot = state.assignedBotId === botId;
  if (fromItsBot && seq <= state.progress.lastSeq) return [];
  if (!fromItsBot || !held(state)) throw new RuleViolationError('the shopping list is not held by the bot');
  if (seq !== state.progress.lastSeq + 1) throw new RuleViolationError('the report is out of order');
  checkReport({ started: state.status === 'active', stops: state.stops, progress: state.progress }, report);
  return [reported(botId, seq, report)];
};

/**
 * The life of a shopping list: `pending` when made, `available` once the order's saga initiates
 * shopping, `assigned` to one bot (which may lose it again: released, or failed by the bot, back to
 * `available`), `active` once the bot reports it started, then `completed`; `canceled` at any time
 * before completion. Commands a saga may send twice (initiate, cancel) succeed without change when
 * their effect is already there; so does a bot's report it sent before (see `decideReport`).
 */
export const shoppingListDecider: Decider<ShoppingList, ShoppingListCommand, ShoppingListEvent> = {
  initialState: () => ({ status: null, orderId: '', stops: {}, assignedBotId: null, progress: noProgress() }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ShoppingListCreated':
        return { status: 'pending', orderId: event.data.orderId, stops: event.data.stops, assignedBotId: null, progress: noProgress() };
      case 'ShoppingListAvailable':
        return { ...state, status: 'available' };
      case 'ShoppingListAssigned':
        return { ...state, status: 'assigned', assignedBotId: event.data.botId, progress: noProgress() };
      case 'ShoppingListReleased':
      case 'ShoppingFailed':
        return { ...state, status: 'available', assignedBotId: null, progress: noProgress() };
      case 'ShoppingListCompleted': {
        const { seq } = event.data;
        return { ...state, status: 'completed', progress: seq === undefined ? state.progress : { ...state.progress, lastSeq: seq } };
      }
      case 'ShoppingListCanceled':
        return { ...state, status: 'canceled' };
      case 'ShoppingStarted':
        return { ...state, status: 'active', progress: { ...state.progress, lastSeq: event.data.seq } };
      case 'StopArrived':
        return { ...state, progress: arrive(state.progress, event.data.seq, event.data.storeId) };
      case 'ItemPicked': {
        const { seq, storeId, productId, quantity } = event.data;
        return { ...state, progress: pick(state.progress, seq, storeId, productId, quantity) };
      }
      case 'StopCompleted':
        return { ...state, progress: finishStop(state.progress, event.data.seq, event.data.storeId) };
    }
  },
  decide: (command, state) => {
    if (command.type === 'CreateShoppingList') {
      if (state.status !== null) throw new RuleViolationError('the shopping list already exists');
      const { orderId, items, products } = command.data;
      requireNonBlank(orderId, 'the order id cannot be blank');
      return [{ type: 'ShoppingListCreated', data: { orderId, stops: buildStops(items, products) } }];
    }
    if (state.status === null) throw new RuleViolationError('the shopping list was not found');
    switch (command.type) {
      case 'InitiateShopping':
        if (state.status === 'canceled') throw new RuleViolationError('the shopping list cannot be initiated');
        return state.status === 'pending' ? [{ type: 'ShoppingListAvailable', data: {} }] : [];
      case 'CancelShoppingList':
        if (state.status === 'completed') throw new RuleViolationError('the shopping list cannot be canceled');
        return state.status === 'canceled' ? [] : [{ type: 'ShoppingListCanceled', data: {} }];
      case 'AssignShoppingList': {
        const { botId, botIsBusy } = command.data;
        requireNonBlank(botId, 'the bot id cannot be blank');
        if (state.status !== 'available') throw new RuleViolationError('the shopping list cannot be assigned');
        if (botIsBusy) throw new RuleViolationError('the bot already has a shopping list');
        return [{ type: 'ShoppingListAssigned', data: { botId } }];
      }
      case 'ReleaseShoppingList':
        // Only the bot holding the list can lose it: a late report of a bot it was taken from changes nothing.
        return held(state) && state.assignedBotId === command.data.botId ? [{ type: 'ShoppingListReleased', data: { botId: command.data.botId } }] : [];
      case 'CompleteShoppingList':
        if (!held(state)) throw new RuleViolationError('the shopping list cannot be completed');
        return [{ type: 'ShoppingListCompleted', data: {} }];
      case 'ReportProgress':
        return decideReport(state, command.data);
    }
  },
};
