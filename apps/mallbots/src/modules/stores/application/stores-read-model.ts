import type { Sql } from '../../../platform/sql.js';

export interface StoreView {
  id: string;
  name: string;
  location: string;
  participating: boolean;
}

export interface ProductView {
  id: string;
  storeId: string;
  name: string;
  description: string;
  sku: string;
  priceCents: number;
}

/**
 * The queryable copy of stores and products (the event streams are the truth). Writes run in the
 * transaction that appends the events, so a read right after a command sees it; a removed product
 * has no row.
 */
export interface StoresReadModel {
  saveStore(sql: Sql, store: StoreView): Promise<void>;
  saveProduct(sql: Sql, product: ProductView): Promise<void>;
  deleteProduct(sql: Sql, productId: string): Promise<void>;
  stores(sql: Sql, filter: { participatingOnly: boolean }): Promise<StoreView[]>;
  store(sql: Sql, storeId: string): Promise<StoreView | undefined>;
  products(sql: Sql, storeId: string): Promise<ProductView[]>;
  product(sql: Sql, productId: string): Promise<ProductView | undefined>;
}
