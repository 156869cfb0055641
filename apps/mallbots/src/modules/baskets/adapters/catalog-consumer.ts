import type { Logger } from 'pino';
import { on, type Reaction } from '../../../platform/messaging.js';
import { ProductAdded, ProductPriceChanged, ProductRebranded, ProductRemoved, StoreCreated, StoreRebranded } from '../../stores/contract.js';
import type { Catalog } from '../application/catalog.js';

/**
 * Keeps the local copy of the catalog from the stores' integration events. A change to a store or
 * product the copy does not hold (removed before, say) is skipped: each key's events arrive in
 * order, so it can never be waiting for its creation.
 */
export const catalogReactions = (catalog: Catalog, logger: Logger): Reaction[] => {
  const change = async (what: string, id: string, update: () => Promise<boolean>): Promise<void> => {
    if (!(await update())) logger.info({ id }, `${what} skipped: not in the baskets' copy of the catalog`);
  };
  return [
    on(StoreCreated, (data, tx) => catalog.saveStore(tx.sql, { storeId: data.storeId, name: data.name })),
    on(StoreRebranded, (data, tx) => change('store rebrand', data.storeId, () => catalog.renameStore(tx.sql, data.storeId, data.name))),
    on(ProductAdded, (data, tx) =>
      catalog.saveProduct(tx.sql, { productId: data.productId, storeId: data.storeId, name: data.name, priceCents: data.priceCents }),
    ),
    on(ProductRebranded, (data, tx) => change('product rebrand', data.productId, () => catalog.renameProduct(tx.sql, data.productId, data.name))),
    on(ProductPriceChanged, (data, tx) =>
      change('product price change', data.productId, () => catalog.changePrice(tx.sql, data.productId, data.priceCents)),
    ),
    on(ProductRemoved, (data, tx) => change('product removal', data.productId, () => catalog.removeProduct(tx.sql, data.productId))),
  ];
};
