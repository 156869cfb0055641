import { RuleViolationError } from '@mallbots/eda';

/** One product to pick at a stop. */
export interface StopItem {
  productName: string;
  quantity: number;
}

/** A store a shopper bot visits, with what it picks there keyed by product id. */
export interface Stop {
  storeName: string;
  storeLocation: string;
  items: Record<string, StopItem>;
}

/**
 * The route of a shopping list, as the reference shapes it: a map keyed by store id, each stop
 * `{ storeName, storeLocation, items: { <productId>: { productName, quantity } } }`. Names are
 * copied when the list is made, so a later rebrand does not change a list a bot is following.
 */
export type Stops = Record<string, Stop>;

/** An item as an order lists it. */
export interface ListItem {
  productId: string;
  storeId: string;
  quantity: number;
}

/** A product as the depot's local copy of the stores knows it, with its store. */
export interface KnownProduct {
  storeId: string;
  productName: string;
  storeName: string;
  storeLocation: string;
}

/**
 * A product the local copy of the stores does not know in the store an item names. The copy
 * follows the stores' events, so it may only be behind: the saga's command may retry it.
 */
export class ProductNotFoundError extends RuleViolationError {
  constructor() {
    super('product not found');
  }
}

/**
 * Groups `items` into stops, one per store; the same product listed twice is picked once with the
 * quantities added. Refuses an empty list, a quantity that is not positive, and a product that the
 * local copy does not know in the store the item names ('product not found').
 */
export const buildStops = (items: readonly ListItem[], products: Readonly<Record<string, KnownProduct>>): Stops => {
  if (items.length === 0) throw new RuleViolationError('the shopping list has no items');
  const stops: Stops = {};
  for (const { productId, storeId, quantity } of items) {
    if (quantity < 0) throw new RuleViolationError('the item quantity cannot be negative');
    if (quantity === 0) throw new RuleViolationError('the item quantity must be positive');
    const product = products[productId];
    if (!product || product.storeId !== storeId) throw new ProductNotFoundError();
    const stop = (stops[storeId] ??= { storeName: product.storeName, storeLocation: product.storeLocation, items: {} });
    const picked = stop.items[productId]?.quantity ?? 0;
    stop.items[productId] = { productName: product.productName, quantity: picked + quantity };
  }
  return stops;
};
