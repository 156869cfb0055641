import { evolveAll, RuleViolationError } from '@mallbots/eda';
import { DeciderSpecification } from '@mallbots/eda/testing';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../platform/errors.js';
import { basketDecider, type CatalogProduct } from './basket.js';
import type { BasketEvent } from './basket-events.js';

const given = DeciderSpecification.for(basketDecider);
const apple: CatalogProduct = { storeId: 's1', productId: 'p1', storeName: 'Fruit', productName: 'Apple', priceCents: 99 };
const pear: CatalogProduct = { storeId: 's1', productId: 'p2', storeName: 'Fruit', productName: 'Pear', priceCents: 150 };
const started: BasketEvent = { type: 'baskets.BasketStarted', data: { customerId: 'c1' } };
const twoApples: BasketEvent = { type: 'baskets.ItemAdded', data: { item: { ...apple, quantity: 2 } } };
const canceled: BasketEvent = { type: 'baskets.BasketCanceled', data: {} };
const checkedOut: BasketEvent = { type: 'baskets.BasketCheckedOut', data: { paymentId: 'pay-1' } };
const add = (product: CatalogProduct | undefined, quantity: number) => ({ type: 'AddItem' as const, data: { product, quantity } });
const remove = (productId: string, quantity: number) => ({ type: 'RemoveItem' as const, data: { productId, quantity } });
const checkout = (paymentId: string) => ({ type: 'CheckoutBasket' as const, data: { paymentId } });

describe('basket decider', () => {
  it('starts a basket for a customer, once, and refuses a blank customer id', () => {
    given([]).when({ type: 'StartBasket', data: { customerId: 'c1' } }).then([started]);
    given([]).when({ type: 'StartBasket', data: { customerId: ' ' } }).thenThrows(RuleViolationError, 'the customer id cannot be blank');
    given([started]).when({ type: 'StartBasket', data: { customerId: 'c1' } }).thenThrows(RuleViolationError, 'the basket is already started');
  });

  it('answers not found for every command on a basket never started', () => {
    given([]).when(add(apple, 1)).thenThrows(NotFoundError, 'the basket was not found');
    given([]).when({ type: 'CancelBasket', data: {} }).thenThrows(NotFoundError, 'the basket was not found');
  });

  it('adds a line at the product price, and adds to the quantity of a line at its first price', () => {
    given([started]).when(add(apple, 2)).then([twoApples]);
    given([started, twoApples]).when(add({ ...apple, priceCents: 120, productName: 'Apple XL' }, 3)).then([
      { type: 'baskets.ItemAdded', data: { item: { ...apple, quantity: 3 } } },
    ]);
    const threeMore: BasketEvent = { type: 'baskets.ItemAdded', data: { item: { ...apple, quantity: 3 } } };
    expect(evolveAll(basketDecider, [started, twoApples, threeMore]).items).toEqual([{ ...apple, quantity: 5 }]);
  });

  it('refuses a negative or zero quantity and an unknown product', () => {
    given([started]).when(add(apple, -1)).thenThrows(RuleViolationError, 'the item quantity cannot be negative');
    given([started]).when(add(apple, 0)).thenThrows(RuleViolationError, 'the item quantity must be positive');
    given([started]).when(add(undefined, 1)).thenThrows(RuleViolationError, 'product not found');
    given([started, twoApples]).when(remove('p1', -1)).thenThrows(RuleViolationError, 'the item quantity cannot be negative');
    given([started, twoApples]).when(remove('p1', 0)).thenThrows(RuleViolationError, 'the item quantity must be positive');
  });

  it('refuses a line above 10,000 items, counting what the line already holds', () => {
    given([started]).when(add(apple, 10_000)).then([{ type: 'baskets.ItemAdded', data: { item: { ...apple, quantity: 10_000 } } }]);
    given([started]).when(add(apple, 10_001)).thenThrows(RuleViolationError, 'the item quantity is too large');
    given([started, twoApples]).when(add(apple, 9_999)).thenThrows(RuleViolationError, 'the item quantity is too large');
  });

  it('refuses an add that takes the basket total above 10,000,000.00, at the prices of its lines', () => {
    const gold: CatalogProduct = { ...pear, productId: 'p3', productName: 'Gold', priceCents: 100_000_000 };
    const nineGold: BasketEvent = { type: 'baskets.ItemAdded', data: { item: { ...gold, quantity: 9 } } };
    given([started, nineGold]).when(add(gold, 1)).then([{ type: 'baskets.ItemAdded', data: { item: { ...gold, quantity: 1 } } }]);
    given([started, nineGold, twoApples]).when(add(gold, 1)).thenThrows(RuleViolationError, 'the basket total is too large');
    given([started, nineGold]).when(add({ ...gold, priceCents: 1 }, 2)).thenThrows(RuleViolationError, 'the basket total is too large');
  });

  it('removes some of a line, and removes the whole line when asked for more than it holds', () => {
    given([started, twoApples]).when(remove('p1', 1)).then([{ type: 'baskets.ItemRemoved', data: { productId: 'p1', quantity: 1 } }]);
    given([started, twoApples]).when(remove('p1', 5)).then([{ type: 'baskets.ItemRemoved', data: { productId: 'p1', quantity: 2 } }]);
    const removedAll: BasketEvent = { type: 'baskets.ItemRemoved', data: { productId: 'p1', quantity: 2 } };
    expect(evolveAll(basketDecider, [started, twoApples, removedAll]).items).toEqual([]);
  });

  it('refuses to remove a product that is not in the basket', () => {
    given([started, twoApples]).when(remove(pear.productId, 1)).thenThrows(RuleViolationError, 'product not found');
  });

  it('cancels an open basket only', () => {
    given([started]).when({ type: 'CancelBasket', data: {} }).then([canceled]);
    given([started, canceled]).when({ type: 'CancelBasket', data: {} }).thenThrows(RuleViolationError, 'the basket cannot be cancelled');
    given([started, twoApples, checkedOut]).when({ type: 'CancelBasket', data: {} }).thenThrows(RuleViolationError, 'the basket cannot be cancelled');
  });

  it('checks out an open basket with items and a payment id', () => {
    given([started, twoApples]).when(checkout('pay-1')).then([checkedOut]);
    given([started]).when(checkout('pay-1')).thenThrows(RuleViolationError, 'the basket has no items');
    given([started, twoApples]).when(checkout('  ')).thenThrows(RuleViolationError, 'the payment id cannot be blank');
  });

  it('refuses every change to a canceled or checked-out basket', () => {
    for (const closed of [[started, twoApples, canceled], [started, twoApples, checkedOut]]) {
      given(closed).when(add(pear, 1)).thenThrows(RuleViolationError, 'the basket cannot be modified');
      given(closed).when(remove('p1', 1)).thenThrows(RuleViolationError, 'the basket cannot be modified');
      given(closed).when(checkout('pay-2')).thenThrows(RuleViolationError, 'the basket cannot be modified');
    }
  });
});
