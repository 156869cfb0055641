import type { StoreCatalog } from '../application/store-catalog.js';
import type { KnownProduct } from '../domain/stops.js';

interface ProductRow {
  id: string;
  store_id: string;
  name: string;
  store_name: string;
  store_location: string;
}

export const sqlStoreCatalog: StoreCatalog = {
  async saveStore(sql, { storeId, name, location }) {
    await sql.run(
      'INSERT INTO depot_stores (id, name, location) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, location = excluded.location',
      [storeId, name, location],
    );
  },
  async renameStore(sql, storeId, name) {
    await sql.run('UPDATE depot_stores SET name = ? WHERE id = ?', [name, storeId]);
  },
  async hasStore(sql, storeId) {
    return (await sql.get('SELECT 1 AS found FROM depot_stores WHERE id = ?', [storeId])) !== undefined;
  },
  async saveProduct(sql, { productId, storeId, name }) {
    await sql.run(
      'INSERT INTO depot_products (id, store_id, name) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET store_id = excluded.store_id, name = excluded.name',
      [productId, storeId, name],
    );
  },
  async renameProduct(sql, productId, name) {
    await sql.run('UPDATE depot_products SET name = ? WHERE id = ?', [name, productId]);
  },
  async removeProduct(sql, productId) {
    await sql.run('DELETE FROM depot_products WHERE id = ?', [productId]);
  },
  async products(sql, productIds) {
    if (productIds.length === 0) return {};
    const rows = await sql.all<ProductRow>(
      `SELECT p.id, p.store_id, p.name, s.name AS store_name, s.location AS store_location
       FROM depot_products p JOIN depot_stores s ON s.id = p.store_id
       WHERE p.id IN (${productIds.map(() => '?').join(', ')})`,
      productIds,
    );
    return Object.fromEntries(
      rows.map((row): [string, KnownProduct] => [row.id, { storeId: row.store_id, productName: row.name, storeName: row.store_name, storeLocation: row.store_location }]),
    );
  },
};
