import type { Sql } from '../../../platform/sql.js';
import type { OrderPosition, SearchRepository } from '../application/search-repository.js';
import type { SearchedOrder, SearchedOrderItem } from '../application/searched-order.js';
import type { SearchStatus } from '../domain/search-status.js';
import { orderQuery, orderSelect } from './order-query.js';

/**
 * The read model's tables. Items keep the names their order carried; the local copies of customers,
 * stores and products supply the current names when an order is read (see `SearchRepository`).
 */
export const searchMigrations = [
  `CREATE TABLE search_customers (id TEXT PRIMARY KEY, name TEXT NOT NULL);
   CREATE TABLE search_stores (id TEXT PRIMARY KEY, name TEXT NOT NULL);
   CREATE TABLE search_products (id TEXT PRIMARY KEY, name TEXT NOT NULL);
   CREATE TABLE search_orders (
     id TEXT PRIMARY KEY,
     customer_id TEXT NOT NULL,
     total_cents INTEGER NOT NULL,
     status TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE INDEX search_orders_by_time ON search_orders (created_at, id);
   CREATE INDEX search_orders_by_customer ON search_orders (customer_id, created_at, id);
   CREATE TABLE search_order_items (
     order_id TEXT NOT NULL,
     line INTEGER NOT NULL,
     product_id TEXT NOT NULL,
     store_id TEXT NOT NULL,
     product_name TEXT NOT NULL,
     store_name TEXT NOT NULL,
     price_cents INTEGER NOT NULL,
     quantity INTEGER NOT NULL,
     PRIMARY KEY (order_id, line)
   );
   CREATE INDEX search_order_items_by_store ON search_order_items (store_id, order_id);
   CREATE INDEX search_order_items_by_product ON search_order_items (product_id, order_id)`,
];

interface OrderRow {
  id: string;
  customer_id: string;
  customer_name: string;
  total_cents: number;
  status: SearchStatus;
  created_at: string;
}

interface ItemRow {
  order_id: string;
  product_id: string;
  store_id: string;
  product_name: string;
  store_name: string;
  price_cents: number;
  quantity: number;
}

const saveName = (table: 'search_customers' | 'search_stores' | 'search_products') => async (sql: Sql, id: string, name: string) => {
  await sql.run(`INSERT INTO ${table} (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name`, [id, name]);
};

/** The rows with their items, in the rows' order. */
const withItems = async (sql: Sql, rows: readonly OrderRow[]): Promise<(SearchedOrder & OrderPosition)[]> => {
  if (rows.length === 0) return [];
  const items = await sql.all<ItemRow>(
    `SELECT i.order_id, i.product_id, i.store_id, COALESCE(p.name, i.product_name) AS product_name,
            COALESCE(s.name, i.store_name) AS store_name, i.price_cents, i.quantity
       FROM search_order_items i
       LEFT JOIN search_products p ON p.id = i.product_id
       LEFT JOIN search_stores s ON s.id = i.store_id
      WHERE i.order_id IN (${rows.map(() => '?').join(', ')})
      ORDER BY i.order_id, i.line`,
    rows.map((row) => row.id),
  );
  const itemsOf = new Map<string, SearchedOrderItem[]>();
  for (const item of items) {
    const list = itemsOf.get(item.order_id) ?? [];
    list.push({
      productId: item.product_id,
      storeId: item.store_id,
      productName: item.product_name,
      storeName: item.store_name,
      priceCents: item.price_cents,
      quantity: item.quantity,
    });
    itemsOf.set(item.order_id, list);
  }
  return rows.map((row) => ({
    orderId: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    items: itemsOf.get(row.id) ?? [],
    totalCents: row.total_cents,
    status: row.status,
    createdAt: row.created_at,
  }));
};

export const sqlSearchRepository: SearchRepository = {
  saveCustomerName: saveName('search_customers'),
  saveStoreName: saveName('search_stores'),
  saveProductName: saveName('search_products'),

  async addOrder(sql, order, status) {
    const added = await sql.run(
      'INSERT INTO search_orders (id, customer_id, total_cents, status, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
      [order.orderId, order.customerId, order.totalCents, status, order.createdAt],
    );
    if (added === 0) return;
    for (const [line, item] of order.items.entries()) {
      await sql.run(
        `INSERT INTO search_order_items (order_id, line, product_id, store_id, product_name, store_name, price_cents, quantity)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [order.orderId, line, item.productId, item.storeId, item.productName, item.storeName, item.priceCents, item.quantity],
      );
    }
  },

  async setStatus(sql, orderId, status) {
    return (await sql.run('UPDATE search_orders SET status = ? WHERE id = ?', [status, orderId])) > 0;
  },

  async findOrder(sql, orderId) {
    const row = await sql.get<OrderRow>(`${orderSelect} WHERE o.id = ?`, [orderId]);
    const found = await withItems(sql, row ? [row] : []);
    return found.map(({ createdAt: _createdAt, ...order }) => order)[0];
  },

  async findOrders(sql, criteria, limit) {
    const query = orderQuery(criteria, limit);
    return withItems(sql, await sql.all<OrderRow>(query.text, query.params));
  },
};
