import type { Sql } from '../../../platform/sql.js';
import type { NotificationKind } from '../domain/notification-text.js';

/** A text as it was sent. */
export interface SentNotification {
  id: string;
  customerId: string;
  orderId: string;
  kind: NotificationKind;
  to: string;
  text: string;
  sentAt: string;
}

/** The texts sent so far, oldest first. */
export interface SentNotifications {
  list(sql: Sql, filter: { customerId?: string }): Promise<SentNotification[]>;
}
