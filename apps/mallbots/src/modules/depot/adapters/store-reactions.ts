import { on, type Reaction } from '../../../platform/messaging.js';
import { ProductAdded, ProductRebranded, ProductRemoved, StoreCreated, StoreRebranded } from '../../stores/contract.js';
import type { CatalogService } from '../application/catalog-service.js';

/** The stores' events the depot copies; participation and prices do not matter to a shopping list. */
export const storeReactions = (catalog: CatalogService): Reaction[] => [
  on(StoreCreated, (data, tx) => catalog.storeCreated(tx, data)),
  on(StoreRebranded, (data, tx) => catalog.storeRebranded(tx, data)),
  on(ProductAdded, (data, tx) => catalog.productAdded(tx, data)),
  on(ProductRebranded, (data, tx) => catalog.productRebranded(tx, data)),
  on(ProductRemoved, (data, tx) => catalog.productRemoved(tx, data)),
];
