import { RuleViolationError, type Decider } from '@mallbots/eda';
import { NotFoundError } from '../../../platform/errors.js';
import { requireNonBlank } from '../../../platform/rules.js';
import type { ProductEvent } from './product-events.js';

/** A product a store sells, priced in integer cents. Event-sourced; a removed product is gone for good. */
export interface Product {
  added: boolean;
  removed: boolean;
  storeId: string;
  name: string;
  description: string;
  sku: string;
  priceCents: number;
}

export type ProductCommand =
  | { type: 'AddProduct'; data: { storeId: string; name: string; description: string; sku: string; priceCents: number } }
  | { type: 'RebrandProduct'; data: { name: string; description: string } }
  /** `priceCents` is the new absolute price, not a delta. */
  | { type: 'IncreaseProductPrice'; data: { priceCents: number } }
  | { type: 'DecreaseProductPrice'; data: { priceCents: number } }
  | { type: 'RemoveProduct'; data: Record<string, never> };

/** The answer to an id that names no product, or a removed one (HTTP 404). */
export const productNotFound = (): NotFoundError => new NotFoundError('product not found');

const requireName = (name: string): void => requireNonBlank(name, 'the product name cannot be blank');

const requirePrice = (priceCents: number): void => {
  if (priceCents < 0) throw new RuleViolationError('the product price cannot be negative');
};

/**
 * Adds, rebrands, reprices and removes products. A price change goes one way only: an increase
 * to a lower price (or a decrease to a higher one) is refused; a change to the current price, like
 * a rebrand to the current name and description, changes nothing (a repeated PUT is harmless).
 */
export const productDecider: Decider<Product, ProductCommand, ProductEvent> = {
  initialState: () => ({ added: false, removed: false, storeId: '', name: '', description: '', sku: '', priceCents: 0 }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'stores.ProductAdded':
        return { ...state, added: true, ...event.data };
      case 'stores.ProductRebranded':
        return { ...state, name: event.data.name, description: event.data.description };
      case 'stores.ProductPriceIncreased':
      case 'stores.ProductPriceDecreased':
        return { ...state, priceCents: event.data.priceCents };
      case 'stores.ProductRemoved':
        return { ...state, removed: true };
    }
  },
  decide: (command, state) => {
    if (command.type === 'AddProduct') {
      // Ids are fresh per add: a second add on one stream is a bug of the caller, never a user's mistake.
      if (state.added) throw new RuleViolationError('the product already exists');
      requireName(command.data.name);
      requirePrice(command.data.priceCents);
      return [{ type: 'stores.ProductAdded', data: { ...command.data } }];
    }
    if (!state.added || state.removed) throw productNotFound();
    switch (command.type) {
      case 'RebrandProduct': {
        const { name, description } = command.data;
        requireName(name);
        return name === state.name && description === state.description ? [] : [{ type: 'stores.ProductRebranded', data: { name, description } }];
      }
      case 'IncreaseProductPrice': {
        const { priceCents } = command.data;
        requirePrice(priceCents);
        if (priceCents < state.priceCents) throw new RuleViolationError('the price change would be a decrease');
        return priceCents === state.priceCents ? [] : [{ type: 'stores.ProductPriceIncreased', data: { priceCents, previousPriceCents: state.priceCents } }];
      }
      case 'DecreaseProductPrice': {
        const { priceCents } = command.data;
        requirePrice(priceCents);
        if (priceCents > state.priceCents) throw new RuleViolationError('the price change would be an increase');
        return priceCents === state.priceCents ? [] : [{ type: 'stores.ProductPriceDecreased', data: { priceCents, previousPriceCents: state.priceCents } }];
      }
      case 'RemoveProduct':
        return [{ type: 'stores.ProductRemoved', data: { storeId: state.storeId } }];
    }
  },
};
