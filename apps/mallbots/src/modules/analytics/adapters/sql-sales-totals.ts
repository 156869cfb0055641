import type { SalesTotals } from '../application/sales-totals.js';
import type { ProductSales, StoreSales } from '../domain/order-sales.js';

interface StoreRow {
  store_id: string;
  store_name: string;
  orders: number;
  items: number;
  /** A string from PostgreSQL's driver (BIGINT), a number from SQLite. */
  revenue_cents: number | string;
}

interface ProductRow {
  product_id: string;
  product_name: string;
  store_id: string;
  quantity: number;
  /** A string from PostgreSQL's driver (BIGINT), a number from SQLite. */
  revenue_cents: number | string;
}

/**
 * Totals incremented in place by an upsert (`x = table.x + excluded.x`), never read-modify-written,
 * so orders of different keys completing at once both count; the names follow the latest order.
 */
export const sqlSalesTotals: SalesTotals = {
  async add(sql, sales) {
    for (const store of sales.stores) {
      await sql.run(
        `INSERT INTO analytics_store_sales (store_id, store_name, orders, items, revenue_cents) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (store_id) DO UPDATE SET store_name = excluded.store_name,
           orders = analytics_store_sales.orders + excluded.orders,
           items = analytics_store_sales.items + excluded.items,
           revenue_cents = analytics_store_sales.revenue_cents + excluded.revenue_cents`,
        [store.storeId, store.storeName, store.orders, store.items, store.revenueCents],
      );
    }
    for (const product of sales.products) {
      await sql.run(
        `INSERT INTO analytics_product_sales (product_id, product_name, store_id, quantity, revenue_cents) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (product_id) DO UPDATE SET product_name = excluded.product_name, store_id = excluded.store_id,
           quantity = analytics_product_sales.quantity + excluded.quantity,
           revenue_cents = analytics_product_sales.revenue_cents + excluded.revenue_cents`,
        [product.productId, product.productName, product.storeId, product.quantity, product.revenueCents],
      );
    }
  },
  async read(sql) {
    const stores = await sql.all<StoreRow>('SELECT store_id, store_name, orders, items, revenue_cents FROM analytics_store_sales ORDER BY revenue_cents DESC, store_name, store_id');
    const products = await sql.all<ProductRow>('SELECT product_id, product_name, store_id, quantity, revenue_cents FROM analytics_product_sales ORDER BY revenue_cents DESC, product_name, product_id');
    return {
      stores: stores.map(
        (row): StoreSales => ({ storeId: row.store_id, storeName: row.store_name, orders: row.orders, items: row.items, revenueCents: Number(row.revenue_cents) }),
      ),
      products: products.map(
        (row): ProductSales => ({
          productId: row.product_id,
          productName: row.product_name,
          storeId: row.store_id,
          quantity: row.quantity,
          revenueCents: Number(row.revenue_cents),
        }),
      ),
    };
  },
};
