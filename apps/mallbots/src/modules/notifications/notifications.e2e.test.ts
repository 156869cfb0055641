import { createEvent } from '@mallbots/eda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { caughtUp, publishEvent } from '../../testing/messages.js';
import { CustomerRegistered, CustomerSmsChanged, CustomersTopics } from '../customers/contract.js';
import { OrderCanceled, OrderCompleted, OrderCreated, OrderingTopics, OrderReadied } from '../ordering/contract.js';

interface Notification {
  id: string;
  customerId: string;
  orderId: string;
  kind: string;
  to: string;
  text: string;
  sentAt: string;
}

const item = { storeId: 's-1', productId: 'p-1', storeName: 'Shoes', productName: 'Boot', priceCents: 1250, quantity: 2 };

describe('notifications over HTTP', () => {
  let api: AppHarness;
  beforeAll(async () => {
    api = await startTestApp({ modules: ['notifications'] });
  });
  afterAll(() => api.close());

  const registered = (customerId: string, smsNumber: string) => publishEvent(api, CustomersTopics.customer, CustomerRegistered, { customerId, name: 'Ada', smsNumber }, customerId);
  const created = (orderId: string, customerId: string) =>
    publishEvent(api, OrderingTopics.order, OrderCreated, { orderId, customerId, paymentId: 'pay-1', items: [item], totalCents: 2500 }, orderId);
  const notificationsOf = (customerId: string) => api.ok<{ notifications: Notification[] }>('GET', `/api/notifications?customerId=${customerId}`).then((body) => body.notifications);
  const atLeast = (customerId: string, count: number) =>
    eventually(`${count} notifications for ${customerId}`, async () => {
      const notifications = await notificationsOf(customerId);
      return notifications.length >= count ? notifications : undefined;
    });

  it("texts the customer's SMS number when an order is created, ready and completed, newest last", async () => {
    await registered('c-1', '555-0100');
    await created('o-1', 'c-1');
    await publishEvent(api, OrderingTopics.order, OrderReadied, { orderId: 'o-1', customerId: 'c-1', paymentId: 'pay-1', totalCents: 2500 }, 'o-1');
    await publishEvent(api, OrderingTopics.order, OrderCompleted, { orderId: 'o-1', customerId: 'c-1', invoiceId: 'o-1' }, 'o-1');
    const notifications = await atLeast('c-1', 3);
    expect(notifications.map(({ customerId, orderId, kind, to, text }) => ({ customerId, orderId, kind, to, text }))).toEqual([
      { customerId: 'c-1', orderId: 'o-1', kind: 'order-created', to: '555-0100', text: 'Thanks for your order o-1 (total 25.00). We will text you when it is ready for pickup.' },
      { customerId: 'c-1', orderId: 'o-1', kind: 'order-ready', to: '555-0100', text: 'Your order o-1 is ready for pickup at the depot. Please pay 25.00 when you collect it.' },
      { customerId: 'c-1', orderId: 'o-1', kind: 'order-completed', to: '555-0100', text: 'Thank you! Your order o-1 is paid and complete. Enjoy your purchase.' },
    ]);
    expect(new Set(notifications.map((notification) => notification.id)).size).toBe(3);
    expect(notifications.every((notification) => !Number.isNaN(Date.parse(notification.sentAt)))).toBe(true);
  });

  it('uses the changed SMS number for later texts', async () => {
    await registered('c-2', '555-0200');
    await publishEvent(api, CustomersTopics.customer, CustomerSmsChanged, { customerId: 'c-2', smsNumber: '555-0299' }, 'c-2');
    // The number travels on another topic than the order: let it arrive first.
    await caughtUp(api, 'notifications.customers', CustomersTopics.customer);
    await publishEvent(api, OrderingTopics.order, OrderCanceled, { orderId: 'o-2', customerId: 'c-2', paymentId: 'pay-2' }, 'o-2');
    const [canceled] = await atLeast('c-2', 1);
    expect(canceled).toMatchObject({ kind: 'order-canceled', to: '555-0299', text: 'Your order o-2 has been canceled. We hope to see you again soon.' });
  });

  it('sends the text of an order whose customer registers after it, once the registration arrives', async () => {
    await created('o-3', 'c-3');
    await registered('c-3', '555-0300');
    expect(await atLeast('c-3', 1)).toMatchObject([{ orderId: 'o-3', kind: 'order-created', to: '555-0300' }]);
  });

  it('records a redelivered event once', async () => {
    await registered('c-4', '555-0400');
    const event = createEvent(OrderCanceled.type, { orderId: 'o-4', customerId: 'c-4', paymentId: 'pay-4' });
    await api.app.db.transport.publish([
      { topic: OrderingTopics.order, key: 'o-4', message: event },
      { topic: OrderingTopics.order, key: 'o-4', message: event },
    ]);
    // A later event of the same order is handled after both copies.
    await publishEvent(api, OrderingTopics.order, OrderCompleted, { orderId: 'o-4', customerId: 'c-4', invoiceId: 'o-4' }, 'o-4');
    await eventually('the later event', async () => ((await notificationsOf('c-4')).some((notification) => notification.kind === 'order-completed') ? true : undefined));
    expect((await notificationsOf('c-4')).map((notification) => notification.kind)).toEqual(['order-canceled', 'order-completed']);
  });

  it("lists everyone's texts without a customer id, none for an unknown customer, and refuses unknown parameters", async () => {
    const { notifications } = await api.ok<{ notifications: Notification[] }>('GET', '/api/notifications');
    expect(new Set(notifications.map((notification) => notification.customerId))).toEqual(new Set(['c-1', 'c-2', 'c-3', 'c-4']));
    expect(await notificationsOf('nobody')).toEqual([]);
    const unknown = await api.call<{ message: string }>('GET', '/api/notifications?customer=c-1');
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain('customer');
  });
});
