import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { grpcClients, unary } from '../../testing/grpc-client.js';
import { event, publishEvents } from '../../testing/messages.js';
import { CustomerRegistered, CustomersTopics } from '../customers/contract.js';
import { OrderApproved, OrderCreated, OrderingTopics, type OrderItem } from '../ordering/contract.js';
import { StoreCreated, StoresTopics } from '../stores/contract.js';
import { INVALID_CURSOR } from './application/cursor.js';

const item = (storeId: string, productId: string, priceCents: number, quantity = 1): OrderItem => ({
  storeId,
  productId,
  storeName: `store ${storeId}`,
  productName: `product ${productId}`,
  priceCents,
  quantity,
});
const orderCreated = (orderId: string, customerId: string, items: OrderItem[]) =>
  event(
    OrderingTopics.order,
    OrderCreated,
    { orderId, customerId, paymentId: `pay-${orderId}`, items, totalCents: items.reduce((sum, each) => sum + each.priceCents * each.quantity, 0) },
    orderId,
  );

describe('SearchService over gRPC', () => {
  let api: AppHarness;
  let search: ReturnType<typeof grpcClients>['search'];
  const ids = (page: { orders: { orderId: string }[] }) => page.orders.map((order) => order.orderId);

  beforeAll(async () => {
    api = await startTestApp({ modules: ['search'] });
    search = grpcClients(api.app.grpcAddress).search;
    await publishEvents(
      api,
      event(StoresTopics.store, StoreCreated, { storeId: 'sA', name: 'Corner Books', location: 'Level 1' }, 'sA'),
      event(CustomersTopics.customer, CustomerRegistered, { customerId: 'cX', name: 'Ada', smsNumber: '555-0100' }, 'cX'),
      orderCreated('o1', 'cX', [item('sA', 'pA', 1250, 2)]),
      orderCreated('o2', 'cY', [item('sB', 'pB', 999)]),
      orderCreated('o3', 'cX', [item('sB', 'pB', 500), item('sC', 'pC', 750)]),
      event(OrderingTopics.order, OrderApproved, { orderId: 'o3', customerId: 'cX', shoppingId: 'list-o3' }, 'o3'),
    );
    await eventually('the search view of every order', async () => {
      const { orders } = await api.ok<{ orders: { status: string }[] }>('POST', '/api/search/orders', {});
      return orders.length === 3 && orders[2]?.status === 'Approved' ? true : undefined;
    });
  });
  afterAll(async () => {
    search.close();
    await api.close();
  });

  it('answers the same queries as the HTTP routes, money in units', async () => {
    const { order } = await unary(search, 'GetOrder', { id: 'o1' });
    expect(order).toEqual({
      orderId: 'o1',
      customerId: 'cX',
      customerName: 'Ada',
      items: [{ productId: 'pA', storeId: 'sA', productName: 'product pA', storeName: 'Corner Books', price: 12.5, quantity: 2 }],
      total: 25,
      status: 'New',
    });
    expect(await api.ok('GET', '/api/search/orders/o1')).toEqual({ order });

    // Without filters, and with filters none of whose fields is set, nothing is narrowed.
    expect(ids(await unary(search, 'SearchOrders', {}))).toEqual(['o1', 'o2', 'o3']);
    expect(ids(await unary(search, 'SearchOrders', { filters: {} }))).toEqual(['o1', 'o2', 'o3']);

    const filters = { customerId: 'cX', storeIds: ['sA', 'sB'], minTotal: 12.5, maxTotal: 25, after: '2000-01-01T02:00:00+02:00' };
    const overGrpc = await unary(search, 'SearchOrders', { filters });
    expect(ids(overGrpc)).toEqual(['o1', 'o3']);
    expect(await api.ok('POST', '/api/search/orders', { filters })).toEqual(overGrpc);

    expect(ids(await unary(search, 'SearchOrders', { filters: { status: 'Approved' } }))).toEqual(['o3']);
    expect(ids(await unary(search, 'SearchOrders', { filters: { productIds: ['pB'], maxTotal: 9.99 } }))).toEqual(['o2']);
    expect(ids(await unary(search, 'SearchOrders', { filters: { before: '2000-01-01T00:00:00Z' } }))).toEqual([]);
  });

  it('pages with the same cursor as the HTTP routes', async () => {
    const first = await unary(search, 'SearchOrders', { limit: 2 });
    expect(ids(first)).toEqual(['o1', 'o2']);
    const second = await api.ok<{ orders: { orderId: string }[]; next: string }>('POST', '/api/search/orders', { limit: 2, next: first.next });
    expect(ids(second)).toEqual(['o3']);
    expect(second.next).toBe('');

    const secondOverGrpc = await unary(search, 'SearchOrders', { limit: 2, next: first.next });
    expect(secondOverGrpc).toEqual(second);
  });

  it('answers a cursor it did not make with INVALID_ARGUMENT and the rule', async () => {
    await expect(unary(search, 'SearchOrders', { next: 'not-a-cursor' })).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: INVALID_CURSOR });
  });

  it('names the field of a malformed request, as the HTTP API does', async () => {
    const refusal = (request: Parameters<typeof unary<typeof search, 'SearchOrders'>>[2], field: RegExp) =>
      expect(unary(search, 'SearchOrders', request)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: expect.stringMatching(field) });
    await refusal({ filters: { status: 'Shipped' } }, /^filters\.status: /);
    await refusal({ filters: { after: 'yesterday' } }, /^filters\.after: /);
    await refusal({ filters: { minTotal: 1.001 } }, /^filters\.minTotal: must have at most 2 decimals$/);
    await refusal({ limit: 101 }, /^limit: /);
    // A limit set to 0 is a limit, not an absent one.
    await refusal({ limit: 0 }, /^limit: /);
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    await expect(unary(search, 'GetOrder', { id: 'no-such-order' })).rejects.toMatchObject({ code: status.NOT_FOUND, details: 'the order was not found' });
  });
});
