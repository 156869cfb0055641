import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { grpcClients, unary } from '../../testing/grpc-client.js';
import { createCatalog, type Catalog } from '../../testing/shop.js';

/** The catalog is made through the stores API: baskets only ever learns it from the stores' integration events. */
describe('BasketService over gRPC', () => {
  let api: AppHarness;
  let baskets: ReturnType<typeof grpcClients>['baskets'];
  let catalog: Catalog;

  const start = async () => (await unary(baskets, 'StartBasket', { customerId: 'customer-1' })).id;
  const basket = async (id: string) => (await unary(baskets, 'GetBasket', { id })).basket;

  beforeAll(async () => {
    api = await startTestApp({ modules: ['stores', 'baskets'] });
    baskets = grpcClients(api.app.grpcAddress).baskets;
    catalog = await createCatalog(api, 9.99);
    const probe = await start();
    await eventually('the catalog reaches baskets', async () => unary(baskets, 'AddItem', { id: probe, productId: catalog.productId, quantity: 1 }));
  });
  afterAll(async () => {
    baskets.close();
    await api.close();
  });

  it('runs the same use cases as the HTTP routes: what one writes, the other reads', async () => {
    const id = await start();
    expect(await api.ok('GET', `/api/baskets/${id}`)).toEqual({ basket: { id, customerId: 'customer-1', status: 'open', items: [] } });

    await unary(baskets, 'AddItem', { id, productId: catalog.productId, quantity: 3 });
    await api.ok('PUT', `/api/baskets/${id}/addItem`, { productId: catalog.productId, quantity: 2 });
    await unary(baskets, 'RemoveItem', { id, productId: catalog.productId, quantity: 1 });
    const line = { storeId: catalog.storeId, productId: catalog.productId, storeName: 'Gadget Garage', productName: 'USB-C cable', productPrice: 9.99, quantity: 4 };
    expect(await basket(id)).toEqual({ id, customerId: 'customer-1', status: 'open', items: [line] });

    await unary(baskets, 'CheckoutBasket', { id, paymentId: 'payment-1' });
    expect((await api.ok<{ basket: unknown }>('GET', `/api/baskets/${id}`)).basket).toEqual({ id, customerId: 'customer-1', status: 'checked_out', items: [line] });

    const other = (await api.ok<{ id: string }>('POST', '/api/baskets', { customerId: 'customer-2' })).id;
    await unary(baskets, 'CancelBasket', { id: other });
    expect(await basket(other)).toEqual({ id: other, customerId: 'customer-2', status: 'canceled', items: [] });
  });

  it('answers a broken rule with INVALID_ARGUMENT and its message, and changes nothing', async () => {
    const id = await start();
    await expect(unary(baskets, 'CheckoutBasket', { id, paymentId: 'payment-1' })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'the basket has no items',
    });
    await unary(baskets, 'AddItem', { id, productId: catalog.productId, quantity: 1 });
    await expect(unary(baskets, 'AddItem', { id, productId: catalog.productId, quantity: 0 })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'the item quantity must be positive',
    });
    await expect(unary(baskets, 'AddItem', { id, productId: 'no-such-product', quantity: 1 })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'product not found',
    });
    await expect(unary(baskets, 'CheckoutBasket', { id, paymentId: ' ' })).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: 'the payment id cannot be blank' });
    expect(await basket(id)).toMatchObject({ status: 'open', items: [{ productId: catalog.productId, quantity: 1 }] });
  });

  it('names the field of a malformed request, as the HTTP API does', async () => {
    await expect(unary(baskets, 'StartBasket', { customerId: 'c'.repeat(101) })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: expect.stringMatching(/^customerId: /),
    });
    const id = await start();
    await expect(unary(baskets, 'AddItem', { id, productId: 'p'.repeat(101), quantity: 1 })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: expect.stringMatching(/^productId: /),
    });
    await expect(unary(baskets, 'CheckoutBasket', { id, paymentId: 'p'.repeat(101) })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: expect.stringMatching(/^paymentId: /),
    });
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    await expect(unary(baskets, 'GetBasket', { id: 'no-such-basket' })).rejects.toMatchObject({ code: status.NOT_FOUND, details: 'the basket was not found' });
    await expect(unary(baskets, 'AddItem', { id: 'no-such-basket', productId: catalog.productId, quantity: 1 })).rejects.toMatchObject({ code: status.NOT_FOUND });
  });
});
