import { RuleViolationError, type Decider } from '@mallbots/eda';
import { NotFoundError } from '../../../platform/errors.js';
import { requireNonBlank } from '../../../platform/rules.js';
import type { OrderEvent, OrderLine } from './order-events.js';

export type OrderStatus = 'pending' | 'approved' | 'rejected' | 'ready' | 'completed' | 'canceled';

/** An order (its id is the basket's, or a new one when created directly). Event-sourced. */
export interface Order {
  /** `none` until the order is created. */
  status: OrderStatus | 'none';
  customerId: string;
  paymentId: string;
  /** Empty until the saga has created the shopping list. */
  shoppingId: string;
  /** Empty until the invoice is paid. */
  invoiceId: string;
  items: OrderLine[];
}

export type OrderCommand =
  | { type: 'CreateOrder'; data: { customerId: string; paymentId: string; items: OrderLine[] } }
  | { type: 'RecordShoppingList'; data: { shoppingId: string } }
  | { type: 'RejectOrder'; data: { shoppingId?: string } }
  | { type: 'ApproveOrder'; data: { shoppingId: string } }
  | { type: 'ReadyOrder'; data: Record<string, never> }
  | { type: 'CompleteOrder'; data: { invoiceId: string } }
  | { type: 'CancelOrder'; data: Record<string, never> };

/**
 * The shopping list was completed while the order still waits for the saga's approval, which is
 * on its way (the list was made available by the step before it): a passing state, so the
 * reaction is to be tried again later, never skipped.
 */
export class OrderNotApprovedYetError extends Error {
  override readonly name = 'OrderNotApprovedYetError';
}

/**
 * Bounds that keep every amount derived from an order (its total, the invoice) within a 32-bit
 * INTEGER column on PostgreSQL, whatever the prices (each at most 10,000,000 units).
 */
const MAX_LINE_QUANTITY = 10_000;
const MAX_TOTAL_CENTS = 1_000_000_000;

const requireValidLine = (line: OrderLine): void => {
  requireNonBlank(line.productId, 'the product id cannot be blank');
  requireNonBlank(line.storeId, 'the store id cannot be blank');
  if (line.priceCents < 0) throw new RuleViolationError('the product price cannot be negative');
  if (line.quantity < 0) throw new RuleViolationError('the item quantity cannot be negative');
  if (line.quantity === 0) throw new RuleViolationError('the item quantity must be positive');
  if (line.quantity > MAX_LINE_QUANTITY) throw new RuleViolationError('the item quantity is too large');
};

export const orderTotalCents = (order: Pick<Order, 'items'>): number =>
  order.items.reduce((total, line) => total + line.priceCents * line.quantity, 0);

/**
 * An order's lifecycle: pending → approved (the saga) → ready (shopping done) → completed (paid);
 * pending → rejected (the saga gave up); pending or approved → canceled (the customer).
 * Creating an order that exists does nothing, so a redelivered checkout creates it once; the
 * saga's compensation (reject) does nothing on an order already rejected or canceled.
 */
export const orderDecider: Decider<Order, OrderCommand, OrderEvent> = {
  initialState: () => ({ status: 'none', customerId: '', paymentId: '', shoppingId: '', invoiceId: '', items: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ordering.OrderCreated':
        return { ...state, status: 'pending', ...event.data };
      case 'ordering.ShoppingListRecorded':
        return { ...state, shoppingId: event.data.shoppingId };
      case 'ordering.OrderRejected':
        return { ...state, status: 'rejected', shoppingId: event.data.shoppingId ?? state.shoppingId };
      case 'ordering.OrderApproved':
        return { ...state, status: 'approved', shoppingId: event.data.shoppingId };
      case 'ordering.OrderReadied':
        return { ...state, status: 'ready' };
      case 'ordering.OrderCompleted':
        return { ...state, status: 'completed', invoiceId: event.data.invoiceId };
      case 'ordering.OrderCanceled':
        return { ...state, status: 'canceled' };
    }
  },
  decide: (command, state) => {
    if (command.type === 'CreateOrder') {
      if (state.status !== 'none') return [];
      const { customerId, paymentId, items } = command.data;
      requireNonBlank(customerId, 'the customer id cannot be blank');
      requireNonBlank(paymentId, 'the payment id cannot be blank');
      if (items.length === 0) throw new RuleViolationError('the order has no items');
      items.forEach(requireValidLine);
      if (orderTotalCents({ items }) > MAX_TOTAL_CENTS) throw new RuleViolationError('the order total is too large');
      return [{ type: 'ordering.OrderCreated', data: { customerId, paymentId, items } }];
    }
    if (state.status === 'none') throw new NotFoundError('the order was not found');
    switch (command.type) {
      case 'RecordShoppingList':
        return state.shoppingId === command.data.shoppingId ? [] : [{ type: 'ordering.ShoppingListRecorded', data: { shoppingId: command.data.shoppingId } }];
      case 'RejectOrder':
        if (state.status === 'rejected' || state.status === 'canceled') return [];
        // Approved too: only the saga rejects, and it compensates an ApproveOrder whose reply timed
        // out even when the approval itself took effect; refusing would leave the saga stuck for good.
        if (state.status !== 'pending' && state.status !== 'approved') throw new RuleViolationError('the order cannot be rejected');
        return [{ type: 'ordering.OrderRejected', data: command.data.shoppingId ? { shoppingId: command.data.shoppingId } : {} }];
      case 'ApproveOrder':
        if (state.status === 'approved' && state.shoppingId === command.data.shoppingId) return [];
        if (state.status !== 'pending') throw new RuleViolationError('the order cannot be approved');
        return [{ type: 'ordering.OrderApproved', data: { shoppingId: command.data.shoppingId } }];
      case 'ReadyOrder':
        if (state.status === 'pending') throw new OrderNotApprovedYetError('the shopping list was completed before the order was approved');
        if (state.status !== 'approved') throw new RuleViolationError('the order cannot be readied');
        return [{ type: 'ordering.OrderReadied', data: {} }];
      case 'CompleteOrder':
        if (state.status !== 'ready') throw new RuleViolationError('the order cannot be completed');
        return [{ type: 'ordering.OrderCompleted', data: { invoiceId: command.data.invoiceId } }];
      case 'CancelOrder':
        if (state.status !== 'pending' && state.status !== 'approved') throw new RuleViolationError('the order cannot be cancelled');
        return [{ type: 'ordering.OrderCanceled', data: {} }];
    }
  },
};
