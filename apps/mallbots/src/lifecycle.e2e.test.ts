import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type AppHarness } from './testing/app-harness.js';
import {
  authorizePayment,
  checkout,
  createCatalog,
  getOrder,
  listReaches,
  orderReaches,
  registerCustomer,
  type Catalog,
} from './testing/shop.js';

/** The whole order lifecycle of spec/lifecycle.md, through every module, over HTTP only. */
describe('the order lifecycle', () => {
  let api: AppHarness;
  let catalog: Catalog;
  beforeAll(async () => {
    api = await startTestApp();
    catalog = await createCatalog(api, 9.99);
  });
  afterAll(() => api.close());

  it('takes an order from checkout to completed: approved, list assigned and completed, ready, invoiced, paid', async () => {
    const customerId = await registerCustomer(api);
    const paymentId = await authorizePayment(api, customerId, 19.98);
    const orderId = await checkout(api, customerId, paymentId, catalog, 2);

    const approved = await orderReaches(api, orderId, 'approved');
    expect(approved).toMatchObject({ id: orderId, customerId, paymentId, total: 19.98 });
    expect(approved.shoppingId).not.toBe('');
    await listReaches(api, approved.shoppingId, 'available');

    await api.ok('PUT', `/api/depot/shopping/${approved.shoppingId}/assign`, { botId: 'bot-1' });
    await api.ok('PUT', `/api/depot/shopping/${approved.shoppingId}/complete`);
    await orderReaches(api, orderId, 'ready');

    const invoice = await eventually('the invoice', async () => {
      const response = await api.call<{ invoice: { id: string; orderId: string; amount: number; status: string } }>('GET', `/api/payments/invoices/${orderId}`);
      return response.status === 200 ? response.body.invoice : undefined;
    });
    expect(invoice).toEqual({ id: orderId, orderId, amount: 19.98, status: 'pending' });
    await api.ok('PUT', `/api/payments/invoices/${orderId}/pay`);

    const completed = await orderReaches(api, orderId, 'completed');
    expect(completed.invoiceId).toBe(orderId);
    expect((await api.call('PUT', `/api/payments/invoices/${orderId}/pay`)).body).toEqual({ code: 400, message: 'the invoice cannot be paid for' });
    expect((await api.call('DELETE', `/api/ordering/${orderId}`)).body).toEqual({ code: 400, message: 'the order cannot be cancelled' });
  });

  it('rejects the order of a disabled customer', async () => {
    const customerId = await registerCustomer(api, 'Disabled Dan');
    const paymentId = await authorizePayment(api, customerId, 100);
    await api.ok('PUT', `/api/customers/${customerId}/disable`);
    const orderId = await checkout(api, customerId, paymentId, catalog, 1);
    const rejected = await orderReaches(api, orderId, 'rejected');
    expect(rejected.shoppingId).toBe('');
  });

  it('cancels the list and rejects the order when the authorization is too small', async () => {
    const customerId = await registerCustomer(api, 'Short Sue');
    const paymentId = await authorizePayment(api, customerId, 5);
    const orderId = await checkout(api, customerId, paymentId, catalog, 1);
    const rejected = await orderReaches(api, orderId, 'rejected');
    expect(rejected.shoppingId).not.toBe('');
    await listReaches(api, rejected.shoppingId, 'canceled');
  });

  it("rejects an order paid with another customer's authorization", async () => {
    const owner = await registerCustomer(api, 'Owner Olga');
    const other = await registerCustomer(api, 'Other Otto');
    const paymentId = await authorizePayment(api, owner, 100);
    const orderId = await checkout(api, other, paymentId, catalog, 1);
    await orderReaches(api, orderId, 'rejected');
  });

  it('cancels an approved order: its list is canceled and no invoice is ever created', async () => {
    const customerId = await registerCustomer(api, 'Canceling Cat');
    const paymentId = await authorizePayment(api, customerId, 100);
    const orderId = await checkout(api, customerId, paymentId, catalog, 1);
    const approved = await orderReaches(api, orderId, 'approved');
    await api.ok('DELETE', `/api/ordering/${orderId}`);
    await orderReaches(api, orderId, 'canceled');
    await listReaches(api, approved.shoppingId, 'canceled');
    expect((await api.call('PUT', `/api/depot/shopping/${approved.shoppingId}/complete`)).body).toEqual({
      code: 400,
      message: 'the shopping list cannot be completed',
    });
    expect((await api.call('GET', `/api/payments/invoices/${orderId}`)).status).toBe(404);
  });

  it('answers 404 for an unknown order', async () => {
    expect((await api.call('DELETE', '/api/ordering/no-such-order')).status).toBe(404);
    expect(await getOrder(api, 'no-such-order')).toBeUndefined();
  });
});
