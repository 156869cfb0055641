import type { Decider } from '@mallbots/eda';
import { salesOfOrder, type Sales, type SoldItem } from './order-sales.js';

/**
 * An order as analytics follows it: remembered when created, counted in the sales once when
 * completed, forgotten when canceled or rejected. State-stored: the state is a row.
 */
export interface OrderTally {
  status: 'unknown' | 'open' | 'counted' | 'dropped';
  items: SoldItem[];
}

export type OrderTallyCommand =
  | { type: 'RememberOrder'; data: { items: SoldItem[] } }
  | { type: 'CountOrder'; data: Record<string, never> }
  | { type: 'DropOrder'; data: Record<string, never> };

export type OrderTallyEvent =
  | { type: 'OrderRemembered'; data: { items: SoldItem[] } }
  | { type: 'OrderCounted'; data: Sales }
  | { type: 'OrderDropped'; data: Record<string, never> };

/**
 * Only a completed order counts, and only once. The events come from another module, so one that
 * does not apply in the current state (a second creation, a completion of an order never seen or
 * already counted, a cancel after the count) changes nothing instead of failing.
 */
export const orderTallyDecider: Decider<OrderTally, OrderTallyCommand, OrderTallyEvent> = {
  initialState: () => ({ status: 'unknown', items: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'OrderRemembered':
        return { status: 'open', items: event.data.items };
      case 'OrderCounted':
        return { ...state, status: 'counted' };
      case 'OrderDropped':
        return { status: 'dropped', items: [] };
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'RememberOrder':
        return state.status === 'unknown' ? [{ type: 'OrderRemembered', data: { items: command.data.items } }] : [];
      case 'CountOrder':
        return state.status === 'open' ? [{ type: 'OrderCounted', data: salesOfOrder(state.items) }] : [];
      case 'DropOrder':
        return state.status === 'open' ? [{ type: 'OrderDropped', data: {} }] : [];
    }
  },
};
