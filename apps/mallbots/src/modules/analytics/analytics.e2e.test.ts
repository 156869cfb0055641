import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMallbots, type RunningMallbots } from '../../app.js';
import type { DataOf, MessageSpec } from '../../platform/contract-kit.js';
import { publish } from '../../platform/messaging.js';
import { eventually, startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { OrderCanceled, OrderCompleted, OrderCreated, OrderingTopics, OrderRejected, type OrderItem } from '../ordering/contract.js';

const boot: OrderItem = { storeId: 's-1', storeName: 'Shoes', productId: 'p-boot', productName: 'Boot', priceCents: 2500, quantity: 2 };
const sock: OrderItem = { storeId: 's-1', storeName: 'Shoes', productId: 'p-sock', productName: 'Sock', priceCents: 199, quantity: 4 };
const atlas: OrderItem = { storeId: 's-2', storeName: 'Books', productId: 'p-atlas', productName: 'Atlas', priceCents: 999, quantity: 1 };

/** Publishes ordering's integration events into `app`'s log, as ordering would (outbox, in a transaction). */
const emit = <S extends MessageSpec>(app: RunningMallbots, spec: S, data: DataOf<S> & { orderId: string }) =>
  app.db.storage.transaction((tx) => publish(tx, OrderingTopics.order, spec, data, { key: data.orderId }));

const created = (app: RunningMallbots, orderId: string, items: OrderItem[]) =>
  emit(app, OrderCreated, {
    orderId,
    customerId: 'c-1',
    paymentId: `pay-${orderId}`,
    items,
    totalCents: items.reduce((sum, item) => sum + item.priceCents * item.quantity, 0),
  });
const completed = (app: RunningMallbots, orderId: string) => emit(app, OrderCompleted, { orderId, customerId: 'c-1', invoiceId: orderId });

describe('analytics over HTTP', () => {
  let history: AppHarness;
  let app: RunningMallbots;
  const get = async () => (await fetch(`${app.url}/api/analytics/sales`)).json();

  beforeAll(async () => {
    // The order history is written while analytics does not exist: an app running no module at all.
    history = await startTestApp({ modules: [] });
    await created(history.app, 'o-1', [boot, atlas]);
    await completed(history.app, 'o-1');
    await created(history.app, 'o-2', [boot]);
    await emit(history.app, OrderCanceled, { orderId: 'o-2', customerId: 'c-1', paymentId: 'pay-o-2' });
    await created(history.app, 'o-3', [atlas]);
    await emit(history.app, OrderRejected, { orderId: 'o-3', customerId: 'c-1' });
    await created(history.app, 'o-4', [sock]);
    await history.app.close();
    // Then analytics is added, on the same data.
    app = await startMallbots({ host: '127.0.0.1', httpPort: 0, dataDir: history.dataDir, modules: ['analytics'], logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await app.close();
    await history.close();
  });

  it('replays the history when first started: the orders completed before it existed are in the sales', async () => {
    // Ready means every consumer has caught up with what was published before the start.
    await eventually('ready', async () => ((await fetch(`${app.url}/ready`)).status === 200 ? true : undefined));
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
    await completed(app, 'o-1');
    await emit(app, OrderCanceled, { orderId: 'o-1', customerId: 'c-1', paymentId: 'pay-o-1' });
    // Completions of orders it forgot (canceled, rejected) count nothing either.
    await completed(app, 'o-2');
    await completed(app, 'o-3');
    await completed(app, 'o-4');
    const log = app.db.log;
    if (!log) throw new Error('the embedded database has a log');
    const head = await log.lastPosition(OrderingTopics.order);
    await eventually('analytics caught up', async () => (((await log.loadGroup('analytics.orders', OrderingTopics.order))?.cursor ?? 0) >= head ? true : undefined));
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
