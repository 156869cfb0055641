import { describe, expect, it } from 'vitest';
import { notificationText } from './notification-text.js';

describe('notification texts', () => {
  it('tells the customer the order was received, with its total in units', () => {
    expect(notificationText({ kind: 'order-created', orderId: 'o-1', totalCents: 9990 })).toBe(
      'Thanks for your order o-1 (total 99.90). We will text you when it is ready for pickup.',
    );
  });

  it('says where to pick up a ready order and what to pay', () => {
    expect(notificationText({ kind: 'order-ready', orderId: 'o-1', totalCents: 5 })).toBe(
      'Your order o-1 is ready for pickup at the depot. Please pay 0.05 when you collect it.',
    );
  });

  it('confirms a cancellation and a completion', () => {
    expect(notificationText({ kind: 'order-canceled', orderId: 'o-2' })).toBe('Your order o-2 has been canceled. We hope to see you again soon.');
    expect(notificationText({ kind: 'order-completed', orderId: 'o-3' })).toBe('Thank you! Your order o-3 is paid and complete. Enjoy your purchase.');
  });
});
