import type { ProductView, StoresReadModel, StoreView } from '../application/stores-read-model.js';

export const storesMigrations = [
  `CREATE TABLE stores_stores (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     location TEXT NOT NULL,
     participating INTEGER NOT NULL
   );
   CREATE TABLE stores_products (
     id TEXT PRIMARY KEY,
     store_id TEXT NOT NULL,
     name TEXT NOT NULL,
     description TEXT NOT NULL,
     sku TEXT NOT NULL,
     price_cents INTEGER NOT NULL
   );
   CREATE INDEX stores_products_by_store ON stores_products (store_id)`,
];

interface StoreRow {
  id: string;
  name: string;
  location: string;
  participating: number;
}

interface ProductRow {
  id: string;
  store_id: string;
  name: string;
  description: string;
  sku: string;
  price_cents: number;
}

const storeOf = (row: StoreRow): StoreView => ({ id: row.id, name: row.name, location: row.location, participating: row.participating === 1 });

const productOf = (row: ProductRow): ProductView => ({
  id: row.id,
  storeId: row.store_id,
  name: row.name,
  description: row.description,
  sku: row.sku,
  priceCents: row.price_cents,
});

const storeColumns = 'SELECT id, name, location, participating FROM stores_stores';
const productColumns = 'SELECT id, store_id, name, description, sku, price_cents FROM stores_products';

/** Lists are ordered by name (then id, so equal names keep a stable order). */
export const sqlStoresReadModel: StoresReadModel = {
  async saveStore(sql, store) {
    await sql.run(
      `INSERT INTO stores_stores (id, name, location, participating) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, location = excluded.location, participating = excluded.participating`,
      [store.id, store.name, store.location, store.participating ? 1 : 0],
    );
  },
  async saveProduct(sql, product) {
    await sql.run(
      `INSERT INTO stores_products (id, store_id, name, description, sku, price_cents) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description, sku = excluded.sku, price_cents = excluded.price_cents`,
      [product.id, product.storeId, product.name, product.description, product.sku, product.priceCents],
    );
  },
  async deleteProduct(sql, productId) {
    await sql.run('DELETE FROM stores_products WHERE id = ?', [productId]);
  },
  async stores(sql, { participatingOnly }) {
    const rows = participatingOnly
      ? await sql.all<StoreRow>(`${storeColumns} WHERE participating = 1 ORDER BY name, id`)
      : await sql.all<StoreRow>(`${storeColumns} ORDER BY name, id`);
    return rows.map(storeOf);
  },
  async store(sql, storeId) {
    const row = await sql.get<StoreRow>(`${storeColumns} WHERE id = ?`, [storeId]);
    return row && storeOf(row);
  },
  async products(sql, storeId) {
    return (await sql.all<ProductRow>(`${productColumns} WHERE store_id = ? ORDER BY name, id`, [storeId])).map(productOf);
  },
  async product(sql, productId) {
    const row = await sql.get<ProductRow>(`${productColumns} WHERE id = ?`, [productId]);
    return row && productOf(row);
  },
};
