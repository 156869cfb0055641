import { RuleViolationError, type Decider } from '@mallbots/eda';
import { requireNonBlank } from '../../../platform/rules.js';
import { buildStops, type KnownProduct, type ListItem, type Stops } from './stops.js';

export type ShoppingListStatus = 'pending' | 'available' | 'assigned' | 'active' | 'completed' | 'canceled';

/**
 * What a shopper bot collects for one order. State-stored: the state is a row, the events say
 * what changed. `active` (a bot on its way) is set by the bots' own reports, which arrive with the
 * robots' API; completing is allowed from `assigned` or `active`, as the reference allows.
 */
export interface ShoppingList {
  /** `null` until the list is created. */
  status: ShoppingListStatus | null;
  orderId: string;
  stops: Stops;
  /** The bot the list was last given to; it holds the list only while `assigned` or `active`. */
  assignedBotId: string | null;
}

export type ShoppingListCommand =
  | { type: 'CreateShoppingList'; data: { orderId: string; items: ListItem[]; products: Record<string, KnownProduct> } }
  | { type: 'InitiateShopping'; data: Record<string, never> }
  | { type: 'CancelShoppingList'; data: Record<string, never> }
  /** `botIsBusy`: the bot holds another list (the dispatcher looks it up). */
  | { type: 'AssignShoppingList'; data: { botId: string; botIsBusy: boolean } }
  | { type: 'ReleaseShoppingList'; data: { botId: string } }
  | { type: 'CompleteShoppingList'; data: Record<string, never> };

export type ShoppingListEvent =
  | { type: 'ShoppingListCreated'; data: { orderId: string; stops: Stops } }
  | { type: 'ShoppingListAvailable'; data: Record<string, never> }
  | { type: 'ShoppingListAssigned'; data: { botId: string } }
  | { type: 'ShoppingListReleased'; data: { botId: string } }
  | { type: 'ShoppingListCompleted'; data: Record<string, never> }
  | { type: 'ShoppingListCanceled'; data: Record<string, never> };

const held = (state: ShoppingList): boolean => state.status === 'assigned' || state.status === 'active';

/**
 * The life of a shopping list: `pending` when made, `available` once the order's saga initiates
 * shopping, `assigned` to one bot (which may lose it again: released back to `available`), then
 * `completed`; `canceled` at any time before completion. Commands a saga may send twice (initiate,
 * cancel) succeed without change when their effect is already there.
 */
export const shoppingListDecider: Decider<ShoppingList, ShoppingListCommand, ShoppingListEvent> = {
  initialState: () => ({ status: null, orderId: '', stops: {}, assignedBotId: null }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ShoppingListCreated':
        return { status: 'pending', orderId: event.data.orderId, stops: event.data.stops, assignedBotId: null };
      case 'ShoppingListAvailable':
        return { ...state, status: 'available' };
      case 'ShoppingListAssigned':
        return { ...state, status: 'assigned', assignedBotId: event.data.botId };
      case 'ShoppingListReleased':
        return { ...state, status: 'available', assignedBotId: null };
      case 'ShoppingListCompleted':
        return { ...state, status: 'completed' };
      case 'ShoppingListCanceled':
        return { ...state, status: 'canceled' };
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
    }
  },
};
