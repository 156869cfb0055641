import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { grpcClients, unary } from '../../testing/grpc-client.js';

describe('StoresService over gRPC', () => {
  let api: AppHarness;
  let stores: ReturnType<typeof grpcClients>['stores'];
  beforeAll(async () => {
    api = await startTestApp({ modules: ['stores'] });
    stores = grpcClients(api.app.grpcAddress).stores;
  });
  afterAll(async () => {
    stores.close();
    await api.close();
  });

  it('runs the same use cases as the HTTP routes: what one writes, the other reads', async () => {
    const { id: storeId } = await unary(stores, 'CreateStore', { name: 'Waffles', location: 'Level 2' });
    await unary(stores, 'EnableParticipation', { id: storeId });
    const { id: productId } = await unary(stores, 'AddProduct', { storeId, name: 'Waffle', description: 'warm', sku: 'W1', price: 4.5 });
    await unary(stores, 'IncreaseProductPrice', { id: productId, price: 5.25 });

    expect((await api.ok<{ store: unknown }>('GET', `/api/stores/${storeId}`)).store).toEqual({ id: storeId, name: 'Waffles', location: 'Level 2', participating: true });
    const { product } = await unary(stores, 'GetProduct', { id: productId });
    expect(product).toEqual({ id: productId, storeId, name: 'Waffle', description: 'warm', sku: 'W1', price: 5.25 });

    await api.ok('PUT', `/api/stores/${storeId}/rebrand`, { name: 'Wafflery' });
    expect((await unary(stores, 'GetParticipatingStores', {})).stores.map((store) => store.name)).toEqual(['Wafflery']);
    expect((await unary(stores, 'GetCatalog', { storeId })).products.map((each) => each.id)).toEqual([productId]);
  });

  it('answers a broken rule with INVALID_ARGUMENT and its message, and changes nothing', async () => {
    const { id: storeId } = await unary(stores, 'CreateStore', { name: 'Tea', location: 'Level 1' });
    const { id: productId } = await unary(stores, 'AddProduct', { storeId, name: 'Green', description: '', sku: 'G', price: 3 });
    await expect(unary(stores, 'IncreaseProductPrice', { id: productId, price: 2 })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'the price change would be a decrease',
    });
    await expect(unary(stores, 'CreateStore', { name: ' ', location: 'Level 1' })).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: 'the store name cannot be blank' });
    expect((await unary(stores, 'GetProduct', { id: productId })).product?.price).toBe(3);
  });

  it('names the field of a malformed request, as the HTTP API does', async () => {
    await expect(unary(stores, 'CreateStore', { name: 'x'.repeat(201), location: 'Level 1' })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: expect.stringMatching(/^name: /),
    });
    await expect(unary(stores, 'AddProduct', { storeId: 'any', name: 'n', description: '', sku: 's', price: 1.234 })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'price: must have at most 2 decimals',
    });
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    await expect(unary(stores, 'GetStore', { id: 'no-such-store' })).rejects.toMatchObject({ code: status.NOT_FOUND, details: 'the store was not found' });
  });
});
