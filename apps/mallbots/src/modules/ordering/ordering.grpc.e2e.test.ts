import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { grpcClients, unary } from '../../testing/grpc-client.js';

describe('OrderingService over gRPC', () => {
  let api: AppHarness;
  let ordering: ReturnType<typeof grpcClients>['ordering'];
  beforeAll(async () => {
    api = await startTestApp({ modules: ['ordering'] });
    ordering = grpcClients(api.app.grpcAddress).ordering;
  });
  afterAll(async () => {
    ordering.close();
    await api.close();
  });

  const apple = { productId: 'apple', storeId: 'store-1', storeName: 'Fruit Stand', productName: 'Apple', price: 1.5, quantity: 2 };
  const pear = { ...apple, productId: 'pear', productName: 'Pear', price: 0.1, quantity: 3 };
  const create = async (items = [apple, pear]) => (await unary(ordering, 'CreateOrder', { customerId: 'customer-1', paymentId: 'payment-1', items })).id;

  it('runs the same use cases as the HTTP routes: what one writes, the other reads', async () => {
    const id = await create();
    const order = { id, customerId: 'customer-1', paymentId: 'payment-1', shoppingId: '', invoiceId: '', items: [apple, pear], total: 3.3, status: 'pending' };
    expect(await api.ok('GET', `/api/ordering/${id}`)).toEqual({ order });
    expect((await unary(ordering, 'GetOrder', { id })).order).toEqual(order);

    const { id: overHttp } = await api.ok<{ id: string }>('POST', '/api/ordering', { customerId: 'customer-2', paymentId: 'payment-2', items: [pear] });
    await unary(ordering, 'CancelOrder', { id: overHttp });
    expect((await api.ok<{ order: unknown }>('GET', `/api/ordering/${overHttp}`)).order).toMatchObject({ customerId: 'customer-2', items: [pear], total: 0.3, status: 'canceled' });
  });

  it('answers a broken rule with INVALID_ARGUMENT and its message, and changes nothing', async () => {
    const id = await create();
    await unary(ordering, 'CancelOrder', { id });
    const canceled = (await unary(ordering, 'GetOrder', { id })).order;
    await expect(unary(ordering, 'CancelOrder', { id })).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: 'the order cannot be cancelled' });
    expect((await unary(ordering, 'GetOrder', { id })).order).toEqual(canceled);

    await expect(create([])).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: 'the order has no items' });
    await expect(create([{ ...apple, quantity: 0 }])).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: 'the item quantity must be positive' });
    await expect(unary(ordering, 'CreateOrder', { customerId: ' ', paymentId: 'p', items: [apple] })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'the customer id cannot be blank',
    });
  });

  it('names the field of a malformed request, as the HTTP API does', async () => {
    await expect(create([apple, { ...pear, price: 1.005 }])).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: 'items.1.price: must have at most 2 decimals' });
    await expect(create([{ ...apple, storeName: 's'.repeat(201) }])).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: expect.stringMatching(/^items\.0\.storeName: /) });
    await expect(create(Array.from({ length: 1001 }, (_, index) => ({ ...apple, productId: `p${index}` })))).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: expect.stringMatching(/^items: /),
    });
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    await expect(unary(ordering, 'GetOrder', { id: 'no-such-order' })).rejects.toMatchObject({ code: status.NOT_FOUND, details: 'the order was not found' });
    await expect(unary(ordering, 'CancelOrder', { id: 'no-such-order' })).rejects.toMatchObject({ code: status.NOT_FOUND, details: 'the order was not found' });
  });
});
