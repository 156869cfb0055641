import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataOf, MessageSpec } from '../../platform/contract-kit.js';
import { ready, startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { caughtUp, publishEvent } from '../../testing/messages.js';
import { OrderCanceled, OrderCompleted, OrderCreated, OrderingTopics, OrderRejected, type OrderItem } from '../ordering/contract.js';

const boot: OrderItem = { storeId: 's-1', storeName: 'Shoes', productId: 'p-boot', productName: 'Boot', priceCents: 2500, quantity: 2 };
const sock: OrderItem = { storeId: 's-1', storeName: 'Shoes', productId: 'p-sock', productName: 'Sock', priceCents: 199, quantity: 4 };
const atlas: OrderItem = { storeId: 's-2', storeName: 'Books', productId: 'p-atlas', productName: 'Atlas', priceCents: 999, quantity: 1 };

/** Publishes one of ordering's integration events, as ordering would. */
const emit = <S extends MessageSpec>(api: AppHarness, spec: S, data: DataOf<S> & { orderId: string }) =>
  publishEvent(api, OrderingTopics.order, spec, data, data.orderId);

const created = (api: AppHarness, orderId: string, items: OrderItem[]) =>
  emit(api, OrderCreated, {
    orderId,
    customerId: 'c-1',
    paymentId: `pay-${orderId}`,
    items,
    totalCents: items.reduce((sum, item) => sum + item.priceCents * item.quantity, 0),
  });
const completed = (api: AppHarness, orderId: string) => emit(api, OrderCompleted, { orderId, customerId: 'c-1', invoiceId: orderId });

describe('analytics over HTTP', () => {
  let api: AppHarness;
  const get = () => api.ok('GET', '/api/analytics/sales');

  beforeAll(async () => {
    // The order history is written while analytics does not exist: an app running no module at all.
    api = await startTestApp({ modules: [] });
    await created(api, 'o-1', [boot, atlas]);
    await completed(api, 'o-1');
    await created(api, 'o-2', [boot]);
    await emit(api, OrderCanceled, { orderId: 'o-2', customerId: 'c-1', paymentId: 'pay-o-2' });
    await created(api, 'o-3', [atlas]);
    await emit(api, OrderRejected, { orderId: 'o-3', customerId: 'c-1' });
    await created(api, 'o-4', [sock]);
    // Then analytics is added, on the same data.
    await api.restart({ modules: ['analytics'] });
  });
  afterAll(() => api.close());

  it('replays the history when first started: the orders completed before it existed are in the sales', async () => {
    // Ready means every consumer has caught up with what was published before the start.
    await ready(api);
    expect(await get()).toEqual({
      stores: [
        { storeId: 's-1', storeName: 'Shoes', orders: 1, items: 2, revenue: 50 },
        { storeId: 's-2', storeName: 'Books', orders: 1, items: 1, revenue: 9.99 },
      ],
      products: [
        { productId: 'p-boot', productName: 'Boot', storeId: 's-1', quantity: 2, revenue: 50 },
        { productId: 'p-atlas', productName: 'Atlas', storeId: 's-2', quantity: 1, revenue: 9.99 },
      ],
    });
  });

  it('adds orders completed from then on, once each, and never takes back a counted one', async () => {
    await completed(api, 'o-1');
    await emit(api, OrderCanceled, { orderId: 'o-1', customerId: 'c-1', paymentId: 'pay-o-1' });
    // Completions of orders it forgot (canceled, rejected) count nothing either.
    await completed(api, 'o-2');
    await completed(api, 'o-3');
    await completed(api, 'o-4');
    await caughtUp(api, 'analytics.orders', OrderingTopics.order);
    expect(await get()).toEqual({
      stores: [
        { storeId: 's-1', storeName: 'Shoes', orders: 2, items: 6, revenue: 57.96 },
        { storeId: 's-2', storeName: 'Books', orders: 1, items: 1, revenue: 9.99 },
      ],
      products: [
        { productId: 'p-boot', productName: 'Boot', storeId: 's-1', quantity: 2, revenue: 50 },
        { productId: 'p-atlas', productName: 'Atlas', storeId: 's-2', quantity: 1, revenue: 9.99 },
        { productId: 'p-sock', productName: 'Sock', storeId: 's-1', quantity: 4, revenue: 7.96 },
      ],
    });
  });
});
