/** The baskets' own tables: the read table of baskets and the local copy of the catalog. */
export const basketsMigrations = [
  `CREATE TABLE baskets_baskets (
     id TEXT PRIMARY KEY,
     customer_id TEXT NOT NULL,
     status TEXT NOT NULL,
     items TEXT NOT NULL
   );
   CREATE TABLE baskets_stores (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL
   );
   CREATE TABLE baskets_products (
     id TEXT PRIMARY KEY,
     store_id TEXT NOT NULL,
     name TEXT NOT NULL,
     price_cents INTEGER NOT NULL
   )`,
];
