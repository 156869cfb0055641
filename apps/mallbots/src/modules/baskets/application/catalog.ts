import type { Sql } from '../../../platform/sql.js';
import type { CatalogProduct } from '../domain/basket.js';

/**
 * The baskets' local copy of the stores' catalog (event-carried state transfer): kept up to date
 * from the stores' integration events, so adding an item never calls the stores module.
 * The updates answer false when the row they change is not in the copy.
 */
export interface Catalog {
  /** A product with its store's name; undefined while either is unknown to the copy. */
  findProduct(sql: Sql, productId: string): Promise<CatalogProduct | undefined>;
  saveStore(sql: Sql, store: { storeId: string; name: string }): Promise<void>;
  renameStore(sql: Sql, storeId: string, name: string): Promise<boolean>;
  saveProduct(sql: Sql, product: { productId: string; storeId: string; name: string; priceCents: number }): Promise<void>;
  renameProduct(sql: Sql, productId: string, name: string): Promise<boolean>;
  changePrice(sql: Sql, productId: string, priceCents: number): Promise<boolean>;
  removeProduct(sql: Sql, productId: string): Promise<boolean>;
}
