import type { Logger } from 'pino';
import type { NotificationSender } from '../application/sender.js';
import type { SentNotification, SentNotifications } from '../application/sent-notifications.js';

interface Row {
  id: string;
  customer_id: string;
  order_id: string;
  kind: SentNotification['kind'];
  sms_to: string;
  text: string;
  sent_at: string;
}

const COLUMNS = 'id, customer_id, order_id, kind, sms_to, text, sent_at';

/**
 * The default sender: no SMS leaves the process; each text is recorded in `notifications_sent`
 * (through the consumer's transaction, so exactly once) and logged.
 */
export const createRecordingSender = (deps: { newId: () => string; now: () => Date; logger: Logger }): NotificationSender => ({
  async send(tx, { customerId, orderId, kind, to, text }) {
    const id = deps.newId();
    await tx.sql.run(`INSERT INTO notifications_sent (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`, [
      id,
      customerId,
      orderId,
      kind,
      to,
      text,
      deps.now().toISOString(),
    ]);
    deps.logger.info({ notificationId: id, customerId, orderId, kind, to }, text);
  },
});

/** What the recording sender recorded, oldest first (ids are time-ordered, so they break ties). */
export const recordedNotifications: SentNotifications = {
  async list(sql, { customerId }) {
    const rows =
      customerId === undefined
        ? await sql.all<Row>(`SELECT ${COLUMNS} FROM notifications_sent ORDER BY sent_at, id`)
        : await sql.all<Row>(`SELECT ${COLUMNS} FROM notifications_sent WHERE customer_id = ? ORDER BY sent_at, id`, [customerId]);
    return rows.map((row) => ({
      id: row.id,
      customerId: row.customer_id,
      orderId: row.order_id,
      kind: row.kind,
      to: row.sms_to,
      text: row.text,
      sentAt: row.sent_at,
    }));
  },
};
