import { fromCents } from '../../../platform/money.js';

/** What happened to a customer's order that the customer hears about. */
export type OrderNews =
  | { kind: 'order-created'; orderId: string; totalCents: number }
  | { kind: 'order-ready'; orderId: string; totalCents: number }
  | { kind: 'order-canceled'; orderId: string }
  | { kind: 'order-completed'; orderId: string };

export type NotificationKind = OrderNews['kind'];

const money = (cents: number): string => fromCents(cents).toFixed(2);

/** The text a customer gets for `news`: plain, friendly words, one SMS long. */
export const notificationText = (news: OrderNews): string => {
  switch (news.kind) {
    case 'order-created':
      return `Thanks for your order ${news.orderId} (total ${money(news.totalCents)}). We will text you when it is ready for pickup.`;
    case 'order-ready':
      return `Your order ${news.orderId} is ready for pickup at the depot. Please pay ${money(news.totalCents)} when you collect it.`;
    case 'order-canceled':
      return `Your order ${news.orderId} has been canceled. We hope to see you again soon.`;
    case 'order-completed':
      return `Thank you! Your order ${news.orderId} is paid and complete. Enjoy your purchase.`;
  }
};
