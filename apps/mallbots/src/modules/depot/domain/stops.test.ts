import { RuleViolationError } from '@mallbots/eda';
import { describe, expect, it } from 'vitest';
import { buildStops, ProductNotFoundError, type KnownProduct } from './stops.js';

const products: Record<string, KnownProduct> = {
  apple: { storeId: 'grocer', productName: 'Apple', storeName: 'Grocer', storeLocation: 'Level 1' },
  pear: { storeId: 'grocer', productName: 'Pear', storeName: 'Grocer', storeLocation: 'Level 1' },
  hammer: { storeId: 'tools', productName: 'Hammer', storeName: 'Tools', storeLocation: 'Level 2' },
};

describe('stops of a shopping list', () => {
  it('groups the items by store and adds up a product listed twice', () => {
    const items = [
      { productId: 'apple', storeId: 'grocer', quantity: 2 },
      { productId: 'hammer', storeId: 'tools', quantity: 1 },
      { productId: 'pear', storeId: 'grocer', quantity: 1 },
      { productId: 'apple', storeId: 'grocer', quantity: 3 },
    ];
    expect(buildStops(items, products)).toEqual({
      grocer: { storeName: 'Grocer', storeLocation: 'Level 1', items: { apple: { productName: 'Apple', quantity: 5 }, pear: { productName: 'Pear', quantity: 1 } } },
      tools: { storeName: 'Tools', storeLocation: 'Level 2', items: { hammer: { productName: 'Hammer', quantity: 1 } } },
    });
  });

  it('refuses no items, a quantity that is not positive, and a product unknown or not of the named store', () => {
    const fails = (items: { productId: string; storeId: string; quantity: number }[], message: string) =>
      expect(() => buildStops(items, products)).toThrow(new RuleViolationError(message));
    fails([], 'the shopping list has no items');
    fails([{ productId: 'apple', storeId: 'grocer', quantity: -1 }], 'the item quantity cannot be negative');
    fails([{ productId: 'apple', storeId: 'grocer', quantity: 0 }], 'the item quantity must be positive');
    // Its own class, so the saga's command can tell a copy that is behind from a broken rule.
    expect(() => buildStops([{ productId: 'kiwi', storeId: 'grocer', quantity: 1 }], products)).toThrow(new ProductNotFoundError());
    expect(() => buildStops([{ productId: 'apple', storeId: 'tools', quantity: 1 }], products)).toThrow(new ProductNotFoundError());
  });
});
