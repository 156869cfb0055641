import type { Sql } from '../../../platform/sql.js';
import type { KnownProduct } from '../domain/stops.js';

/**
 * The depot's local copy of the stores and their products (event-carried state transfer from the
 * stores module): what a shopping list's stops are made of. Each write is idempotent.
 */
export interface StoreCatalog {
  saveStore(sql: Sql, store: { storeId: string; name: string; location: string }): Promise<void>;
  renameStore(sql: Sql, storeId: string, name: string): Promise<void>;
  hasStore(sql: Sql, storeId: string): Promise<boolean>;
  saveProduct(sql: Sql, product: { productId: string; storeId: string; name: string }): Promise<void>;
  renameProduct(sql: Sql, productId: string, name: string): Promise<void>;
  removeProduct(sql: Sql, productId: string): Promise<void>;
  /** The known ones among `productIds`, by id, each with its store. */
  products(sql: Sql, productIds: readonly string[]): Promise<Record<string, KnownProduct>>;
}
