/**
 * The payments module's tables; a released step never changes (see `migrateModule`). Step 2: each
 * row's version, for optimistic saves (see `saveVersionedRow`).
 */
export const paymentsMigrations = [
  `CREATE TABLE payments_payments (
     id TEXT PRIMARY KEY,
     customer_id TEXT NOT NULL,
     amount_cents INTEGER NOT NULL,
     confirmed_for TEXT
   );
   CREATE TABLE payments_invoices (
     id TEXT PRIMARY KEY,
     order_id TEXT NOT NULL,
     amount_cents INTEGER NOT NULL,
     status TEXT NOT NULL
   )`,
  `ALTER TABLE payments_payments ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE payments_invoices ADD COLUMN version INTEGER NOT NULL DEFAULT 0`,
];
