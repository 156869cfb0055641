import { RuleViolationError, type Decider } from '@mallbots/eda';
import { NotFoundError } from '../../../platform/errors.js';
import { requireNonBlank } from '../../../platform/rules.js';
import type { BasketEvent, BasketLine } from './basket-events.js';

export type BasketStatus = 'open' | 'canceled' | 'checked_out';

/** A customer's basket at the kiosk. Event-sourced: the state is a fold of its events. */
export interface Basket {
  /** `none` until the basket is started. */
  status: BasketStatus | 'none';
  customerId: string;
  paymentId: string;
  /** One line per product, in the order first added. */
  items: BasketLine[];
}

/** A product as the baskets' local copy of the catalog knows it (names and price right now). */
export type CatalogProduct = Omit<BasketLine, 'quantity'>;

export type BasketCommand =
  | { type: 'StartBasket'; data: { customerId: string } }
  | { type: 'CancelBasket'; data: Record<string, never> }
  /** `product` is undefined when the local copy of the catalog does not know the product. */
  | { type: 'AddItem'; data: { product: CatalogProduct | undefined; quantity: number } }
  | { type: 'RemoveItem'; data: { productId: string; quantity: number } }
  | { type: 'CheckoutBasket'; data: { paymentId: string } };

const requirePositiveQuantity = (quantity: number): void => {
  if (quantity < 0) throw new RuleViolationError('the item quantity cannot be negative');
  if (quantity === 0) throw new RuleViolationError('the item quantity must be positive');
};

/**
 * Bounds that keep every amount derived from a basket (its order's total, the invoice) within a
 * 32-bit INTEGER column on PostgreSQL, whatever the prices (each at most 10,000,000 units).
 */
const MAX_LINE_QUANTITY = 10_000;
const MAX_TOTAL_CENTS = 1_000_000_000;

const totalCents = (items: BasketLine[]): number => items.reduce((total, line) => total + line.priceCents * line.quantity, 0);

const requireOpen = (state: Basket): void => {
  if (state.status !== 'open') throw new RuleViolationError('the basket cannot be modified');
};

/**
 * Starts, fills, empties, cancels and checks out baskets. A line keeps the price and names of
 * the product when it was first added: adding more of it adds to the quantity at that price.
 * Removing more than a line holds removes the line.
 */
export const basketDecider: Decider<Basket, BasketCommand, BasketEvent> = {
  initialState: () => ({ status: 'none', customerId: '', paymentId: '', items: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'baskets.BasketStarted':
        return { ...state, status: 'open', customerId: event.data.customerId };
      case 'baskets.ItemAdded': {
        const { item } = event.data;
        const present = state.items.some((line) => line.productId === item.productId);
        return {
          ...state,
          items: present
            ? state.items.map((line) => (line.productId === item.productId ? { ...line, quantity: line.quantity + item.quantity } : line))
            : [...state.items, item],
        };
      }
      case 'baskets.ItemRemoved': {
        const { productId, quantity } = event.data;
        return {
          ...state,
          items: state.items
            .map((line) => (line.productId === productId ? { ...line, quantity: line.quantity - quantity } : line))
            .filter((line) => line.quantity > 0),
        };
      }
      case 'baskets.BasketCanceled':
        return { ...state, status: 'canceled' };
      case 'baskets.BasketCheckedOut':
        return { ...state, status: 'checked_out', paymentId: event.data.paymentId };
    }
  },
  decide: (command, state) => {
    if (command.type === 'StartBasket') {
      if (state.status !== 'none') throw new RuleViolationError('the basket is already started');
      requireNonBlank(command.data.customerId, 'the customer id cannot be blank');
      return [{ type: 'baskets.BasketStarted', data: { customerId: command.data.customerId } }];
    }
    if (state.status === 'none') throw new NotFoundError('the basket was not found');
    switch (command.type) {
      case 'CancelBasket':
        if (state.status !== 'open') throw new RuleViolationError('the basket cannot be cancelled');
        return [{ type: 'baskets.BasketCanceled', data: {} }];
      case 'AddItem': {
        const { product, quantity } = command.data;
        requireOpen(state);
        requirePositiveQuantity(quantity);
        if (!product) throw new RuleViolationError('product not found');
        const present = state.items.find((item) => item.productId === product.productId);
        const line = present ?? product;
        if ((present?.quantity ?? 0) + quantity > MAX_LINE_QUANTITY) throw new RuleViolationError('the item quantity is too large');
        if (totalCents(state.items) + line.priceCents * quantity > MAX_TOTAL_CENTS) throw new RuleViolationError('the basket total is too large');
        return [{ type: 'baskets.ItemAdded', data: { item: { ...line, quantity } } }];
      }
      case 'RemoveItem': {
        const { productId, quantity } = command.data;
        requireOpen(state);
        requirePositiveQuantity(quantity);
        const line = state.items.find((item) => item.productId === productId);
        if (!line) throw new RuleViolationError('product not found');
        return [{ type: 'baskets.ItemRemoved', data: { productId, quantity: Math.min(quantity, line.quantity) } }];
      }
      case 'CheckoutBasket':
        requireOpen(state);
        if (state.items.length === 0) throw new RuleViolationError('the basket has no items');
        requireNonBlank(command.data.paymentId, 'the payment id cannot be blank');
        return [{ type: 'baskets.BasketCheckedOut', data: { paymentId: command.data.paymentId } }];
    }
  },
};
