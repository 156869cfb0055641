import type { Sql } from '../../../platform/sql.js';
import type { Catalog } from '../application/catalog.js';
import type { CatalogProduct } from '../domain/basket.js';

interface ProductRow {
  id: string;
  store_id: string;
  name: string;
  price_cents: number;
  store_name: string;
}

export const sqlCatalog: Catalog = {
  async findProduct(sql: Sql, productId: string): Promise<CatalogProduct | undefined> {
    const row = await sql.get<ProductRow>(
      `SELECT p.id, p.store_id, p.name, p.price_cents, s.name AS store_name
       FROM baskets_products p JOIN baskets_stores s ON s.id = p.store_id
       WHERE p.id = ?`,
      [productId],
    );
    return row && { productId: row.id, storeId: row.store_id, productName: row.name, storeName: row.store_name, priceCents: row.price_cents };
  },
  async saveStore(sql, { storeId, name }) {
    await sql.run('INSERT INTO baskets_stores (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name', [storeId, name]);
  },
  async renameStore(sql, storeId, name) {
    return (await sql.run('UPDATE baskets_stores SET name = ? WHERE id = ?', [name, storeId])) > 0;
  },
  async saveProduct(sql, { productId, storeId, name, priceCents }) {
    await sql.run(
      `INSERT INTO baskets_products (id, store_id, name, price_cents) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET store_id = excluded.store_id, name = excluded.name, price_cents = excluded.price_cents`,
      [productId, storeId, name, priceCents],
    );
  },
  async renameProduct(sql, productId, name) {
    return (await sql.run('UPDATE baskets_products SET name = ? WHERE id = ?', [name, productId])) > 0;
  },
  async changePrice(sql, productId, priceCents) {
    return (await sql.run('UPDATE baskets_products SET price_cents = ? WHERE id = ?', [priceCents, productId])) > 0;
  },
  async removeProduct(sql, productId) {
    return (await sql.run('DELETE FROM baskets_products WHERE id = ?', [productId])) > 0;
  },
};
