/** The module's tables: its copy of the customers' SMS numbers and the texts the recorder sent. */
export const notificationsMigrations = [
  `CREATE TABLE notifications_customers (
     id TEXT PRIMARY KEY,
     sms_number TEXT NOT NULL
   );
   CREATE TABLE notifications_sent (
     id TEXT PRIMARY KEY,
     customer_id TEXT NOT NULL,
     order_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     sms_to TEXT NOT NULL,
     text TEXT NOT NULL,
     sent_at TEXT NOT NULL
   );
   CREATE INDEX notifications_sent_by_customer ON notifications_sent (customer_id, sent_at)`,
];
