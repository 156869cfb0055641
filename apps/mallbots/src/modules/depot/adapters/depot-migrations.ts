/**
 * The depot module's tables; a released step never changes (see `migrateModule`). Step 2: each
 * list's version, for optimistic saves, and a row per bot that assignments to the bot take turns on
 * (see `DispatchBoard.takeBotsTurn`). Step 3: the progress of the bot holding a list, as JSON (a
 * list stored before it has none: `noProgress`).
 */
export const depotMigrations = [
  `CREATE TABLE depot_stores (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     location TEXT NOT NULL
   );
   CREATE TABLE depot_products (
     id TEXT PRIMARY KEY,
     store_id TEXT NOT NULL,
     name TEXT NOT NULL
   );
   CREATE TABLE depot_shopping_lists (
     id TEXT PRIMARY KEY,
     order_id TEXT NOT NULL UNIQUE,
     status TEXT NOT NULL,
     assigned_bot_id TEXT,
     stops TEXT NOT NULL
   );
   CREATE INDEX depot_shopping_lists_by_status ON depot_shopping_lists (status, id);
   CREATE INDEX depot_shopping_lists_by_bot ON depot_shopping_lists (assigned_bot_id)`,
  `ALTER TABLE depot_shopping_lists ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
   CREATE TABLE depot_bots (
     id TEXT PRIMARY KEY,
     assignments INTEGER NOT NULL
   )`,
  `ALTER TABLE depot_shopping_lists ADD COLUMN progress TEXT NOT NULL DEFAULT '{"lastSeq":0,"atStoreId":null,"picked":{},"stopsDone":[]}'`,
];
