import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type AppHarness } from './testing/app-harness.js';
import { authorizePayment, checkout, createCatalog, listReaches, orderReaches, registerCustomer } from './testing/shop.js';

/** A restart continues where it stopped: no message lost, none applied twice. */
describe('a restart in the middle of a workflow', () => {
  let api: AppHarness;
  afterEach(() => api.close());

  it('finishes a saga that was running when the process stopped, and the rest of the lifecycle after', async () => {
    api = await startTestApp();
    const catalog = await createCatalog(api, 4.5);
    const customerId = await registerCustomer(api);
    const paymentId = await authorizePayment(api, customerId, 9);
    const orderId = await checkout(api, customerId, paymentId, catalog, 2);
    // Stop at once: the order, the saga and its commands are somewhere between committed and handled.
    await api.restart();

    const approved = await orderReaches(api, orderId, 'approved');
    await listReaches(api, approved.shoppingId, 'available');
    await api.ok('PUT', `/api/depot/shopping/${approved.shoppingId}/assign`, { botId: 'bot-7' });
    await api.restart();

    await api.ok('PUT', `/api/depot/shopping/${approved.shoppingId}/complete`);
    await orderReaches(api, orderId, 'ready');
    await api.restart();

    await api.ok('PUT', `/api/payments/invoices/${orderId}/pay`);
    const completed = await orderReaches(api, orderId, 'completed');
    expect(completed).toMatchObject({ total: 9, invoiceId: orderId });

    // Applied once: one text per lifecycle step, whatever was redelivered across the restarts.
    const { notifications } = await api.ok<{ notifications: { kind: string; orderId: string }[] }>(
      'GET',
      `/api/notifications?customerId=${customerId}`,
    );
    expect(notifications.filter((n) => n.orderId === orderId).map((n) => n.kind)).toEqual([
      'order-created',
      'order-ready',
      'order-completed',
    ]);
  });
});
