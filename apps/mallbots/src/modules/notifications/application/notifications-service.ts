import type { Logger } from 'pino';
import type { AppTx } from '../../../platform/database.js';
import { DEFAULT_MAX_ATTEMPTS } from '../../../platform/messaging.js';
import type { Sql } from '../../../platform/sql.js';
import { notificationText, type OrderNews } from '../domain/notification-text.js';
import type { CustomerDirectory } from './customer-directory.js';
import type { NotificationSender } from './sender.js';
import type { SentNotification, SentNotifications } from './sent-notifications.js';

export interface NotificationsServiceDeps {
  read: Sql;
  directory: CustomerDirectory;
  sender: NotificationSender;
  sent: SentNotifications;
  logger: Logger;
}

/** Texts customers about their orders, at the SMS number they registered or changed to last. */
export const createNotificationsService = ({ read, directory, sender, sent, logger }: NotificationsServiceDeps) => ({
  /** Keeps the customer's current SMS number (registration or change: the latest wins, per customer in order). */
  rememberSmsNumber: (tx: AppTx, customerId: string, smsNumber: string) => directory.save(tx.sql, customerId, smsNumber),

  /**
   * Sends the text for `news` inside the consumer's transaction. A customer whose registration has
   * not arrived yet (it travels on another topic) is a transient condition: it throws, and the
   * event is delivered again later. On the last delivery the customer is taken as unknown for good
   * (an order may name any customer id; the saga rejects it): nothing is sent, and the order's
   * later events are not held up behind a dead letter.
   */
  async notify(tx: AppTx, attempt: number, customerId: string, news: OrderNews): Promise<void> {
    const to = await directory.smsNumberOf(tx.sql, customerId);
    if (to === undefined) {
      if (attempt < DEFAULT_MAX_ATTEMPTS) throw new Error(`customer ${customerId} is not known here yet: retrying once their registration arrives`);
      logger.warn({ customerId, orderId: news.orderId, kind: news.kind }, 'no SMS number for this customer: the text is not sent');
      return;
    }
    await sender.send(tx, { customerId, orderId: news.orderId, kind: news.kind, to, text: notificationText(news) });
  },

  list: (customerId?: string): Promise<SentNotification[]> => sent.list(read, { customerId }),
});

export type NotificationsService = ReturnType<typeof createNotificationsService>;
