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

/**
 * The whole order lifecycle of spec/lifecycle.md, through every module, over HTTP only: on the
 * embedded default, on PostgreSQL, and on PostgreSQL with NATS JetStream between the modules
 * (both must be reachable: see `.ci/services`).
 */
describe.each(['sqlite', 'postgres', 'postgres+nats'] as const)('the order lifecycle on %s', (backend) => {
  let api: AppHarness;
  let catalog: Catalog;
  beforeAll(async () => {
    api = await startTestApp({ backend });
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

    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    expect(metrics).toMatch(/mallbots_message_handling_seconds_count\{handler="cosec\.orders",type="orderingapi\.OrderCreated",outcome="ok"\} [1-9]/);
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

  it('shows the orders in search and the completed ones in the sales analytics', async () => {
    type Sales = { stores: { storeId: string; orders: number; items: number; revenue: number }[] };
    const salesOfStore = async () => (await api.ok<Sales>('GET', '/api/analytics/sales')).stores.find((s) => s.storeId === catalog.storeId);
    const before = (await salesOfStore()) ?? { orders: 0, items: 0, revenue: 0 };

    const customerId = await registerCustomer(api, 'Searching Sam');
    const paymentId = await authorizePayment(api, customerId, 29.97);
    const orderId = await checkout(api, customerId, paymentId, catalog, 3);
    const approved = await orderReaches(api, orderId, 'approved');
    const canceledId = await checkout(api, customerId, await authorizePayment(api, customerId, 9.99), catalog, 1);
    await orderReaches(api, canceledId, 'approved');
    await api.ok('DELETE', `/api/ordering/${canceledId}`);
    await api.ok('PUT', `/api/depot/shopping/${approved.shoppingId}/assign`, { botId: 'bot-2' });
    await api.ok('PUT', `/api/depot/shopping/${approved.shoppingId}/complete`);
    await orderReaches(api, orderId, 'ready');
    await eventually('the invoice', async () => ((await api.call('GET', `/api/payments/invoices/${orderId}`)).status === 200 ? true : undefined));
    await api.ok('PUT', `/api/payments/invoices/${orderId}/pay`);
    await orderReaches(api, orderId, 'completed');

    type Found = { orders: { orderId: string; customerName: string; total: number; status: string }[] };
    const found = await eventually('both orders in search with their final status', async () => {
      const result = await api.ok<Found>('POST', '/api/search/orders', { filters: { customerId } });
      const statuses = result.orders.map((order) => order.status).sort();
      return statuses.join() === 'Canceled,Completed' ? result.orders : undefined;
    });
    expect(found.find((order) => order.orderId === orderId)).toMatchObject({ customerName: 'Searching Sam', total: 29.97, status: 'Completed' });
    const completedOnly = await api.ok<Found>('POST', '/api/search/orders', { filters: { customerId, status: 'Completed', minTotal: 29.97 } });
    expect(completedOnly.orders.map((order) => order.orderId)).toEqual([orderId]);

    // Only the completed order counts: three items at 9.99.
    const after = await eventually('the sale in the analytics', async () => {
      const sales = await salesOfStore();
      return sales && sales.orders === before.orders + 1 ? sales : undefined;
    });
    expect(after.items).toBe(before.items + 3);
    expect(after.revenue).toBeCloseTo(before.revenue + 29.97, 2);
  });
});
