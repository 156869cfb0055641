import type { AppTx } from '../../../platform/database.js';
import type { StoreCatalog } from './store-catalog.js';

/**
 * Keeps the local copy of the stores up to date from their integration events. A product whose
 * store has not arrived yet (stores and products travel on different topics, ordered per key only)
 * is a transient condition: it throws, so the event is delivered again later.
 */
export const createCatalogService = (catalog: StoreCatalog) => ({
  storeCreated: (tx: AppTx, store: { storeId: string; name: string; location: string }) => catalog.saveStore(tx.sql, store),
  storeRebranded: (tx: AppTx, store: { storeId: string; name: string }) => catalog.renameStore(tx.sql, store.storeId, store.name),
  async productAdded(tx: AppTx, product: { productId: string; storeId: string; name: string }): Promise<void> {
    if (!(await catalog.hasStore(tx.sql, product.storeId))) {
      throw new Error(`product ${product.productId}: its store ${product.storeId} has not arrived yet`);
    }
    await catalog.saveProduct(tx.sql, product);
  },
  productRebranded: (tx: AppTx, product: { productId: string; name: string }) => catalog.renameProduct(tx.sql, product.productId, product.name),
  productRemoved: (tx: AppTx, product: { productId: string }) => catalog.removeProduct(tx.sql, product.productId),
});

export type CatalogService = ReturnType<typeof createCatalogService>;
