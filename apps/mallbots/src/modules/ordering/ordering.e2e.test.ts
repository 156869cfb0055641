import { newId, type Message, type Subscription } from '@mallbots/eda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { event, publishEvent, publishEvents, sendCommand } from '../../testing/messages.js';
import { addToBasket, startBasket } from '../../testing/shop.js';
import { DepotTopics, ShoppingListCompleted, ShoppingListCreated } from '../depot/contract.js';
import { InvoicePaid, PaymentsTopics } from '../payments/contract.js';
import { ProductAdded, StoreCreated, StoresTopics } from '../stores/contract.js';
import { ApproveOrder, OrderingTopics, RejectOrder } from './contract.js';

interface OrderBody {
  order: { id: string; status: string; shoppingId: string; invoiceId: string; total: number; items: { price: number; quantity: number }[] };
}

/**
 * Drives ordering as its neighbours do: baskets for real; the depot's and payments' events and
 * the saga's commands published here through the outbox, exactly as those modules send them.
 */
describe('ordering over HTTP and messages', () => {
  let api: AppHarness;
  let events: Subscription;
  const received: Message[] = [];
  const storeId = newId();
  const productId = newId();

  /** Sends a saga command and waits for its reply. */
  const command = (spec: typeof ApproveOrder | typeof RejectOrder, data: { orderId: string; shoppingId?: string }) =>
    sendCommand(api, OrderingTopics.commands, spec, data, { key: data.orderId });
  const getOrder = async (id: string) => (await api.ok<OrderBody>('GET', `/api/ordering/${id}`)).order;
  const orderWhen = (id: string, what: string, done: (order: OrderBody['order']) => boolean) =>
    eventually(what, async () => {
      const response = await api.call<OrderBody>('GET', `/api/ordering/${id}`);
      return response.status === 200 && done(response.body.order) ? response.body.order : undefined;
    });
  const createOrder = async () =>
    (
      await api.ok<{ id: string }>('POST', '/api/ordering', {
        customerId: 'customer-1',
        paymentId: 'payment-1',
        items: [{ productId, storeId, storeName: 'Fruit Stand', productName: 'Apple', price: 9.99, quantity: 10 }],
      })
    ).id;
  const orderEvents = (orderId: string) => received.filter((m) => (m.data as { orderId: string }).orderId === orderId);

  beforeAll(async () => {
    api = await startTestApp({ modules: ['baskets', 'ordering'] });
    events = await api.app.db.transport.subscribe(OrderingTopics.order, async (message) => void received.push(message), { group: 'test', startFrom: 'beginning' });
  });
  afterAll(async () => {
    await events.close();
    await api.close();
  });

  it('creates a pending order from a checked-out basket, and cancels it while pending', async () => {
    await publishEvents(
      api,
      event(StoresTopics.store, StoreCreated, { storeId, name: 'Fruit Stand', location: 'Hall A' }, storeId),
      event(StoresTopics.product, ProductAdded, { productId, storeId, name: 'Apple', description: '', sku: 'A1', priceCents: 999 }, productId),
    );
    const id = await startBasket(api, 'customer-1');
    await addToBasket(api, id, productId, 10);
    await api.ok('PUT', `/api/baskets/${id}/checkout`, { paymentId: 'payment-1' });

    const order = await orderWhen(id, 'the order of the basket', () => true);
    expect(order).toEqual({
      id,
      customerId: 'customer-1',
      paymentId: 'payment-1',
      shoppingId: '',
      invoiceId: '',
      items: [{ productId, storeId, storeName: 'Fruit Stand', productName: 'Apple', price: 9.99, quantity: 10 }],
      total: 99.9,
      status: 'pending',
    });
    await api.ok('DELETE', `/api/ordering/${id}`);
    expect((await getOrder(id)).status).toBe('canceled');
    expect(await api.call('DELETE', `/api/ordering/${id}`)).toEqual({ status: 400, body: { code: 400, message: 'the order cannot be cancelled' } });

    const published = await eventually('OrderCreated and OrderCanceled', async () => (orderEvents(id).length === 2 ? orderEvents(id) : undefined));
    expect(published.map((m) => [m.type, m.data])).toEqual([
      ['orderingapi.OrderCreated', expect.objectContaining({ orderId: id, customerId: 'customer-1', paymentId: 'payment-1', totalCents: 9990 })],
      ['orderingapi.OrderCanceled', { orderId: id, customerId: 'customer-1', paymentId: 'payment-1' }],
    ]);
  });

  it('follows the saga and the depot to approved, ready and completed; no cancel once ready', async () => {
    const id = await createOrder();
    const shoppingId = newId();
    await publishEvent(api, DepotTopics.shoppingList, ShoppingListCreated, { shoppingListId: shoppingId, orderId: id }, shoppingId);
    await orderWhen(id, 'the shopping id on the order', (order) => order.shoppingId === shoppingId);

    expect(await command(ApproveOrder, { orderId: id, shoppingId })).toMatchObject({ outcome: 'success' });
    expect(await getOrder(id)).toMatchObject({ status: 'approved', shoppingId });
    expect(await command(ApproveOrder, { orderId: id, shoppingId })).toMatchObject({ outcome: 'success' });

    await publishEvent(api, DepotTopics.shoppingList, ShoppingListCompleted, { shoppingListId: shoppingId, orderId: id }, shoppingId);
    await orderWhen(id, 'the order ready', (order) => order.status === 'ready');
    expect((await api.call('DELETE', `/api/ordering/${id}`)).body).toEqual({ code: 400, message: 'the order cannot be cancelled' });

    await publishEvent(api, PaymentsTopics.invoice, InvoicePaid, { invoiceId: id, orderId: id }, id);
    expect(await orderWhen(id, 'the order completed', (order) => order.status === 'completed')).toMatchObject({ invoiceId: id, shoppingId, total: 99.9 });
    const published = await eventually('the lifecycle events', async () => (orderEvents(id).length === 4 ? orderEvents(id) : undefined));
    expect(published.map((m) => m.type)).toEqual(['orderingapi.OrderCreated', 'orderingapi.OrderApproved', 'orderingapi.OrderReadied', 'orderingapi.OrderCompleted']);
  });

  it('readies an order whose shopping was done before the approval arrived', async () => {
    const id = await createOrder();
    const shoppingId = newId();
    await publishEvent(api, DepotTopics.shoppingList, ShoppingListCompleted, { shoppingListId: shoppingId, orderId: id }, shoppingId);
    expect(await command(ApproveOrder, { orderId: id, shoppingId })).toMatchObject({ outcome: 'success' });
    await orderWhen(id, 'the order ready', (order) => order.status === 'ready');
  });

  it('rejects with the shopping id, once, and then refuses the approval', async () => {
    const id = await createOrder();
    expect(await command(RejectOrder, { orderId: id, shoppingId: 'list-9' })).toMatchObject({ outcome: 'success' });
    expect(await getOrder(id)).toMatchObject({ status: 'rejected', shoppingId: 'list-9' });
    expect(await command(RejectOrder, { orderId: id })).toMatchObject({ outcome: 'success' });
    expect(await command(ApproveOrder, { orderId: id, shoppingId: 'list-9' })).toEqual(
      expect.objectContaining({ outcome: 'failure', reason: 'the order cannot be approved' }),
    );
    expect(await command(RejectOrder, { orderId: 'no-such-order' })).toEqual(
      expect.objectContaining({ outcome: 'failure', reason: 'the order was not found' }),
    );
    expect(orderEvents(id).filter((m) => m.type === 'orderingapi.OrderRejected')).toHaveLength(1);
  });

  it('skips depot and payment events that do not apply to a canceled order', async () => {
    const id = await createOrder();
    await api.ok('DELETE', `/api/ordering/${id}`);
    const listId = newId();
    await publishEvent(api, DepotTopics.shoppingList, ShoppingListCompleted, { shoppingListId: listId, orderId: id }, listId);
    await publishEvent(api, PaymentsTopics.invoice, InvoicePaid, { invoiceId: id, orderId: id }, id);
    // Same topic and key after the skipped event: once it shows, the skipped one was handled.
    await publishEvent(api, DepotTopics.shoppingList, ShoppingListCreated, { shoppingListId: listId, orderId: id }, listId);
    const order = await orderWhen(id, 'the shopping id on the canceled order', (current) => current.shoppingId === listId);
    expect(order).toMatchObject({ status: 'canceled', invoiceId: '' });
  });

  it('creates an order directly and answers the rule messages and 404', async () => {
    const line = { productId, storeId, storeName: 'Fruit Stand', productName: 'Apple', price: 1.5, quantity: 2 };
    const post = (body: unknown) => api.call('POST', '/api/ordering', body);
    expect((await post({ customerId: ' ', paymentId: 'p', items: [line] })).body).toEqual({ code: 400, message: 'the customer id cannot be blank' });
    expect((await post({ customerId: 'c', paymentId: '', items: [line] })).body).toEqual({ code: 400, message: 'the payment id cannot be blank' });
    expect((await post({ customerId: 'c', paymentId: 'p', items: [] })).body).toEqual({ code: 400, message: 'the order has no items' });
    expect((await post({ customerId: 'c', paymentId: 'p', items: [{ ...line, quantity: -2 }] })).body).toEqual({ code: 400, message: 'the item quantity cannot be negative' });
    expect((await post({ customerId: 'c', paymentId: 'p', items: [{ ...line, quantity: 0 }] })).body).toEqual({ code: 400, message: 'the item quantity must be positive' });
    expect((await post({ customerId: 'c', paymentId: 'p', items: [{ ...line, quantity: 10_001 }] })).body).toEqual({ code: 400, message: 'the item quantity is too large' });
    const dearest = { ...line, price: 10_000_000, quantity: 1 };
    expect((await post({ customerId: 'c', paymentId: 'p', items: [dearest, { ...line, productId: 'other' }] })).body).toEqual({ code: 400, message: 'the order total is too large' });
    const badPrice = await api.call<{ message: string }>('POST', '/api/ordering', { customerId: 'c', paymentId: 'p', items: [{ ...line, price: 1.005 }] });
    expect(badPrice.body.message).toMatch(/^body\.items\.0\.price: /);

    const { id } = await api.ok<{ id: string }>('POST', '/api/ordering', { customerId: 'c', paymentId: 'p', items: [line, { ...line, productId: 'other', price: 0.1, quantity: 3 }] });
    expect(await getOrder(id)).toMatchObject({ id, status: 'pending', shoppingId: '', invoiceId: '', total: 3.3 });
    expect(await api.call('GET', '/api/ordering/nope')).toEqual({ status: 404, body: { code: 404, message: 'the order was not found' } });
    expect((await api.call('DELETE', '/api/ordering/nope')).status).toBe(404);
  });
});
