import { RuleViolationError } from '@mallbots/eda';
import { DeciderSpecification } from '@mallbots/eda/testing';
import { describe, it } from 'vitest';
import { NotFoundError } from '../../../platform/errors.js';
import type { ProductEvent } from './product-events.js';
import { productDecider, type ProductCommand } from './product.js';

const given = DeciderSpecification.for(productDecider);
const details = { storeId: 's1', name: 'USB-C cable', description: '2 m', sku: 'GG-100', priceCents: 999 };
const added: ProductEvent = { type: 'stores.ProductAdded', data: details };
const removed: ProductEvent = { type: 'stores.ProductRemoved', data: { storeId: 's1' } };
const increase = (priceCents: number): ProductCommand => ({ type: 'IncreaseProductPrice', data: { priceCents } });
const decrease = (priceCents: number): ProductCommand => ({ type: 'DecreaseProductPrice', data: { priceCents } });

describe('product decider', () => {
  it('adds a product, and refuses a blank name, a negative price and a second add', () => {
    given([]).when({ type: 'AddProduct', data: details }).then([added]);
    given([]).when({ type: 'AddProduct', data: { ...details, priceCents: 0 } }).then([{ type: 'stores.ProductAdded', data: { ...details, priceCents: 0 } }]);
    given([]).when({ type: 'AddProduct', data: { ...details, name: ' ' } }).thenThrows(RuleViolationError, 'the product name cannot be blank');
    given([]).when({ type: 'AddProduct', data: { ...details, priceCents: -1 } }).thenThrows(RuleViolationError, 'the product price cannot be negative');
    given([added]).when({ type: 'AddProduct', data: details }).thenThrows(RuleViolationError, 'the product already exists');
  });

  it('rebrands, refuses a blank name, and does nothing when name and description are unchanged', () => {
    given([added]).when({ type: 'RebrandProduct', data: { name: 'Cable', description: '3 m' } }).then([{ type: 'stores.ProductRebranded', data: { name: 'Cable', description: '3 m' } }]);
    given([added]).when({ type: 'RebrandProduct', data: { name: 'USB-C cable', description: '3 m' } }).then([{ type: 'stores.ProductRebranded', data: { name: 'USB-C cable', description: '3 m' } }]);
    given([added]).when({ type: 'RebrandProduct', data: { name: '', description: '3 m' } }).thenThrows(RuleViolationError, 'the product name cannot be blank');
    given([added]).when({ type: 'RebrandProduct', data: { name: 'USB-C cable', description: '2 m' } }).thenNothingHappened();
  });

  it('increases the price to a new absolute price, never down, and not below zero', () => {
    given([added]).when(increase(1299)).then([{ type: 'stores.ProductPriceIncreased', data: { priceCents: 1299, previousPriceCents: 999 } }]);
    given([added]).when(increase(998)).thenThrows(RuleViolationError, 'the price change would be a decrease');
    given([added]).when(increase(-5)).thenThrows(RuleViolationError, 'the product price cannot be negative');
  });

  it('decreases the price to a new absolute price, never up, and not below zero', () => {
    given([added]).when(decrease(499)).then([{ type: 'stores.ProductPriceDecreased', data: { priceCents: 499, previousPriceCents: 999 } }]);
    given([added]).when(decrease(0)).then([{ type: 'stores.ProductPriceDecreased', data: { priceCents: 0, previousPriceCents: 999 } }]);
    given([added]).when(decrease(1000)).thenThrows(RuleViolationError, 'the price change would be an increase');
    given([added]).when(decrease(-1)).thenThrows(RuleViolationError, 'the product price cannot be negative');
  });

  it('treats a change to the current price as no change, in either direction', () => {
    given([added]).when(increase(999)).thenNothingHappened();
    given([added]).when(decrease(999)).thenNothingHappened();
  });

  it('folds price changes, so the next change compares with the latest price', () => {
    const raised: ProductEvent = { type: 'stores.ProductPriceIncreased', data: { priceCents: 1500, previousPriceCents: 999 } };
    given([added, raised]).when(decrease(1200)).then([{ type: 'stores.ProductPriceDecreased', data: { priceCents: 1200, previousPriceCents: 1500 } }]);
    given([added, raised]).when(increase(1200)).thenThrows(RuleViolationError, 'the price change would be a decrease');
  });

  it('removes a product, naming its store, after which it is not found', () => {
    given([added]).when({ type: 'RemoveProduct', data: {} }).then([removed]);
    given([added, removed]).when({ type: 'RemoveProduct', data: {} }).thenThrows(NotFoundError, 'product not found');
    given([added, removed]).when({ type: 'RebrandProduct', data: { name: 'X', description: '' } }).thenThrows(NotFoundError, 'product not found');
    given([added, removed]).when(increase(2000)).thenThrows(NotFoundError, 'product not found');
  });

  it('answers "not found" for every command on a product that was never added', () => {
    given([]).when({ type: 'RebrandProduct', data: { name: 'X', description: '' } }).thenThrows(NotFoundError, 'product not found');
    given([]).when(increase(1)).thenThrows(NotFoundError, 'product not found');
    given([]).when(decrease(1)).thenThrows(NotFoundError, 'product not found');
    given([]).when({ type: 'RemoveProduct', data: {} }).thenThrows(NotFoundError, 'product not found');
  });
});
