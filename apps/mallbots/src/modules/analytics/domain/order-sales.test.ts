import { describe, expect, it } from 'vitest';
import { salesOfOrder, type SoldItem } from './order-sales.js';

const boot: SoldItem = { storeId: 's-1', storeName: 'Shoes', productId: 'p-1', productName: 'Boot', priceCents: 2500, quantity: 2 };
const sock: SoldItem = { storeId: 's-1', storeName: 'Shoes', productId: 'p-2', productName: 'Sock', priceCents: 199, quantity: 3 };
const atlas: SoldItem = { storeId: 's-2', storeName: 'Books', productId: 'p-3', productName: 'Atlas', priceCents: 999, quantity: 1 };

describe('the sales of one completed order', () => {
  it('counts the order once per store, with the store’s items and revenue in cents', () => {
    expect(salesOfOrder([boot, sock, atlas]).stores).toEqual([
      { storeId: 's-1', storeName: 'Shoes', orders: 1, items: 5, revenueCents: 5597 },
      { storeId: 's-2', storeName: 'Books', orders: 1, items: 1, revenueCents: 999 },
    ]);
  });

  it('adds up each product’s units and revenue, also across lines of the same product', () => {
    expect(salesOfOrder([boot, atlas, { ...boot, quantity: 1 }]).products).toEqual([
      { productId: 'p-1', productName: 'Boot', storeId: 's-1', quantity: 3, revenueCents: 7500 },
      { productId: 'p-3', productName: 'Atlas', storeId: 's-2', quantity: 1, revenueCents: 999 },
    ]);
  });

  it('is exact in cents: ten at 9.99 is 99.90', () => {
    const [store] = salesOfOrder([{ ...atlas, quantity: 10 }]).stores;
    expect(store?.revenueCents).toBe(9990);
  });
});
