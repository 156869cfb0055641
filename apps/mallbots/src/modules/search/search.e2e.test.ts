import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { event, publishEvents } from '../../testing/messages.js';
import { CustomerRegistered, CustomersTopics } from '../customers/contract.js';
import {
  OrderApproved,
  OrderCanceled,
  OrderCompleted,
  OrderCreated,
  OrderingTopics,
  OrderReadied,
  OrderRejected,
  type OrderItem,
} from '../ordering/contract.js';
import { ProductAdded, ProductRebranded, StoreCreated, StoreRebranded, StoresTopics } from '../stores/contract.js';
import { INVALID_CURSOR } from './application/cursor.js';

const customer = (customerId: string, name: string) =>
  event(CustomersTopics.customer, CustomerRegistered, { customerId, name, smsNumber: '555-0100' }, customerId);
const orderCreated = (orderId: string, customerId: string, items: OrderItem[]) =>
  event(
    OrderingTopics.order,
    OrderCreated,
    { orderId, customerId, paymentId: `pay-${orderId}`, items, totalCents: items.reduce((sum, item) => sum + item.priceCents * item.quantity, 0) },
    orderId,
  );
const approved = (orderId: string) => event(OrderingTopics.order, OrderApproved, { orderId, customerId: 'any', shoppingId: `list-${orderId}` }, orderId);
const canceled = (orderId: string) => event(OrderingTopics.order, OrderCanceled, { orderId, customerId: 'any', paymentId: `pay-${orderId}` }, orderId);
const item = (storeId: string, productId: string, priceCents: number, quantity = 1): OrderItem => ({
  storeId,
  productId,
  storeName: `store ${storeId}`,
  productName: `product ${productId}`,
  priceCents,
  quantity,
});

interface View {
  orderId: string;
  customerName: string;
  status: string;
}
interface Page {
  orders: View[];
  next: string;
}

/** An instant strictly after everything published so far and strictly before anything published next. */
const instantBetween = async (): Promise<string> => {
  const at = Date.now() + 1;
  while (Date.now() <= at) await new Promise((resolve) => setImmediate(resolve));
  return new Date(at).toISOString();
};

describe('search over HTTP', () => {
  let api: AppHarness;
  beforeAll(async () => {
    api = await startTestApp({ modules: ['search'] });
  });
  afterAll(() => api.close());

  const expectOrder = (orderId: string, expected: unknown) =>
    eventually(`the search view of ${orderId}`, async () => {
      expect(await api.call('GET', `/api/search/orders/${orderId}`)).toEqual({ status: 200, body: { order: expected } });
      return true;
    });
  const searchPage = (body: unknown) => api.ok<Page>('POST', '/api/search/orders', body);

  it('builds the view from the events, follows every status, and fills names that arrive late or change', async () => {
    await publishEvents(
      api,
      event(StoresTopics.store, StoreCreated, { storeId: 's1', name: 'Corner Books', location: 'Level 1' }, 's1'),
      event(StoresTopics.product, ProductAdded, { productId: 'p1', storeId: 's1', name: 'Atlas', description: '', sku: 'A1', priceCents: 1250 }, 'p1'),
      customer('c1', 'Ada'),
    );
    const atlas = { storeId: 's1', productId: 'p1', storeName: 'Corner Books', productName: 'Atlas', priceCents: 1250, quantity: 2 };
    await publishEvents(api, orderCreated('o1', 'c1', [atlas]));
    const view = {
      orderId: 'o1',
      customerId: 'c1',
      customerName: 'Ada',
      items: [{ productId: 'p1', storeId: 's1', productName: 'Atlas', storeName: 'Corner Books', price: 12.5, quantity: 2 }],
      total: 25,
      status: 'New',
    };
    await expectOrder('o1', view);

    await publishEvents(api, approved('o1'));
    await expectOrder('o1', { ...view, status: 'Approved' });
    await publishEvents(api, event(OrderingTopics.order, OrderReadied, { orderId: 'o1', customerId: 'c1', paymentId: 'pay-o1', totalCents: 2500 }, 'o1'));
    await expectOrder('o1', { ...view, status: 'Ready For Pickup' });
    await publishEvents(api, event(OrderingTopics.order, OrderCompleted, { orderId: 'o1', customerId: 'c1', invoiceId: 'o1' }, 'o1'));
    await expectOrder('o1', { ...view, status: 'Completed' });

    await publishEvents(api, orderCreated('o2', 'c1', [atlas]), event(OrderingTopics.order, OrderRejected, { orderId: 'o2', customerId: 'c1' }, 'o2'));
    await expectOrder('o2', { ...view, orderId: 'o2', status: 'Rejected' });
    await publishEvents(api, orderCreated('o3', 'c1', [atlas]), canceled('o3'));
    await expectOrder('o3', { ...view, orderId: 'o3', status: 'Canceled' });

    // The order of a customer search has not heard of yet is kept, and gets the name when it arrives.
    await publishEvents(api, orderCreated('o4', 'c-late', [atlas]));
    await expectOrder('o4', { ...view, orderId: 'o4', customerId: 'c-late', customerName: '', status: 'New' });
    await publishEvents(api, customer('c-late', 'Lou'));
    await expectOrder('o4', { ...view, orderId: 'o4', customerId: 'c-late', customerName: 'Lou', status: 'New' });

    // Rebrands show on orders already made.
    await publishEvents(
      api,
      event(StoresTopics.store, StoreRebranded, { storeId: 's1', name: 'Corner Books & Maps' }, 's1'),
      event(StoresTopics.product, ProductRebranded, { productId: 'p1', name: 'World Atlas', description: '' }, 'p1'),
    );
    await expectOrder('o1', {
      ...view,
      items: [{ ...view.items[0], storeName: 'Corner Books & Maps', productName: 'World Atlas' }],
      status: 'Completed',
    });

    expect(await api.call('GET', '/api/search/orders/nope')).toEqual({ status: 404, body: { code: 404, message: 'the order was not found' } });
  });

  it('filters by customer, creation time, stores, products, total and status, all combined', async () => {
    const start = await instantBetween();
    await publishEvents(
      api,
      orderCreated('f1', 'cX', [item('sA', 'pA', 500)]),
      orderCreated('f2', 'cY', [item('sB', 'pB', 1000, 2)]),
      approved('f2'),
    );
    const t1 = await instantBetween();
    await publishEvents(
      api,
      orderCreated('f3', 'cX', [item('sA', 'pA', 500), item('sC', 'pC', 750)]),
      approved('f3'),
      orderCreated('f4', 'cY', [item('sC', 'pC', 250, 4)]),
      canceled('f4'),
    );
    const t2 = await instantBetween();
    await publishEvents(api, orderCreated('f5', 'cX', [item('sB', 'pB', 3000)]));

    // Scoped to this test's orders: the other tests' orders were created before `start`.
    const found = async (filters: Record<string, unknown>) =>
      (await searchPage({ filters: { after: start, ...filters } })).orders.map((order) => order.orderId);
    await eventually('every order and status of this test', async () => {
      const orders = (await searchPage({ filters: { after: start } })).orders;
      const statuses = Object.fromEntries(orders.map((order) => [order.orderId, order.status]));
      expect(statuses).toEqual({ f1: 'New', f2: 'Approved', f3: 'Approved', f4: 'Canceled', f5: 'New' });
      return true;
    });

    expect(await found({})).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    expect(await found({ customerId: 'cX' })).toEqual(['f1', 'f3', 'f5']);

    expect(await found({ after: t1 })).toEqual(['f3', 'f4', 'f5']);
    expect(await found({ before: t1 })).toEqual(['f1', 'f2']);
    expect(await found({ after: t1, before: t2 })).toEqual(['f3', 'f4']);
    const t1PlusTwoHours = new Date(Date.parse(t1) + 2 * 3_600_000).toISOString().replace('Z', '+02:00');
    expect(await found({ after: t1PlusTwoHours })).toEqual(['f3', 'f4', 'f5']);

    expect(await found({ storeIds: ['sA'] })).toEqual(['f1', 'f3']);
    expect(await found({ storeIds: ['sA', 'sC'] })).toEqual(['f1', 'f3', 'f4']);
    expect(await found({ productIds: ['pB'] })).toEqual(['f2', 'f5']);
    expect(await found({ productIds: ['pA', 'pC'] })).toEqual(['f1', 'f3', 'f4']);
    expect(await found({ storeIds: ['sC'], productIds: ['pA'] })).toEqual(['f3']);
    expect(await found({ storeIds: ['nowhere'] })).toEqual([]);

    expect(await found({ minTotal: 10 })).toEqual(['f2', 'f3', 'f4', 'f5']);
    expect(await found({ maxTotal: 12.5 })).toEqual(['f1', 'f3', 'f4']);
    expect(await found({ minTotal: 10, maxTotal: 20 })).toEqual(['f2', 'f3', 'f4']);

    expect(await found({ status: 'Approved' })).toEqual(['f2', 'f3']);
    expect(await found({ status: 'Canceled' })).toEqual(['f4']);
    expect(await found({ status: 'New' })).toEqual(['f1', 'f5']);
    expect(await found({ customerId: 'cX', status: 'New', minTotal: 10 })).toEqual(['f5']);

    const badStatus = await api.call<{ message: string }>('POST', '/api/search/orders', { filters: { status: 'Shipped' } });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.message).toMatch(/^body\.filters\.status: /);
    const badTime = await api.call<{ message: string }>('POST', '/api/search/orders', { filters: { after: 'yesterday' } });
    expect(badTime.body.message).toMatch(/^body\.filters\.after: /);
    const unknown = await api.call<{ message: string }>('POST', '/api/search/orders', { filters: { color: 'red' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain('color');
  });

  it('pages with a cursor: three pages, no duplicate, no gap; refuses a bad cursor and a limit over 100', async () => {
    // Ids sort like their creation, so search order is known even when orders share a millisecond.
    const ids = Array.from({ length: 22 }, (_, index) => `page-${String(index + 1).padStart(2, '0')}`);
    await publishEvents(api, ...ids.map((orderId) => orderCreated(orderId, 'cP', [item('sP', 'pP', 100)])));
    const filters = { customerId: 'cP' };
    await eventually('all the orders to page through', async () =>
      (await searchPage({ filters, limit: 100 })).orders.length === ids.length ? true : undefined,
    );

    const first = await searchPage({ filters, limit: 10 });
    const second = await searchPage({ filters, limit: 10, next: first.next });
    const third = await searchPage({ filters, limit: 10, next: second.next });
    expect([first.orders.length, second.orders.length, third.orders.length]).toEqual([10, 10, 2]);
    expect(first.next).not.toBe('');
    expect(second.next).not.toBe('');
    expect(third.next).toBe('');
    expect([...first.orders, ...second.orders, ...third.orders].map((order) => order.orderId)).toEqual(ids);

    const byDefault = await searchPage({ filters, next: '' });
    expect(byDefault.orders.map((order) => order.orderId)).toEqual(ids.slice(0, 20));
    expect(byDefault.next).not.toBe('');

    expect(await api.call('POST', '/api/search/orders', { filters, next: 'not-a-cursor' })).toEqual({
      status: 400,
      body: { code: 400, message: INVALID_CURSOR },
    });
    const tooMany = await api.call<{ message: string }>('POST', '/api/search/orders', { limit: 101 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.message).toMatch(/^body\.limit: /);
    expect((await api.call('POST', '/api/search/orders', { limit: 0 })).status).toBe(400);
  });
});
