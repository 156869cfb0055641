import type { AppTx } from '../../../platform/database.js';
import type { NotificationKind } from '../domain/notification-text.js';

/** One text to one customer about one of their orders. */
export interface OutgoingText {
  customerId: string;
  orderId: string;
  kind: NotificationKind;
  /** The customer's SMS number. */
  to: string;
  text: string;
}

/**
 * Where texts go (the pluggable part: an SMS gateway, or the default recorder). `send` is called
 * inside the consumer's transaction `tx`: a sender that writes through `tx` (as the recorder does)
 * commits with the inbox record, so a redelivered event never sends twice; one that calls out of
 * the process cannot roll back and sends at least once.
 */
export interface NotificationSender {
  send(tx: AppTx, text: OutgoingText): Promise<void>;
}
