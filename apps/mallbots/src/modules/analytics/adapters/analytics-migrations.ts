/**
 * The module's tables: each order's tally and the running totals per store and product. Revenue is
 * BIGINT: a mall's total outgrows 32 bits of cents (21 million units) in PostgreSQL.
 */
export const analyticsMigrations = [
  `CREATE TABLE analytics_orders (
     order_id TEXT PRIMARY KEY,
     status TEXT NOT NULL,
     items TEXT NOT NULL
   );
   CREATE TABLE analytics_store_sales (
     store_id TEXT PRIMARY KEY,
     store_name TEXT NOT NULL,
     orders INTEGER NOT NULL,
     items INTEGER NOT NULL,
     revenue_cents BIGINT NOT NULL
   );
   CREATE TABLE analytics_product_sales (
     product_id TEXT PRIMARY KEY,
     product_name TEXT NOT NULL,
     store_id TEXT NOT NULL,
     quantity INTEGER NOT NULL,
     revenue_cents BIGINT NOT NULL
   )`,
];
