import { loadAggregate } from '@mallbots/eda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notFound, rule } from '../../testing/answers.js';
import { eventually, startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { createStore } from '../../testing/shop.js';
import { storeSnapshot, storeStream } from './application/event-streams.js';
import { StoresTopics } from './contract.js';
import { storeDecider } from './domain/store.js';

describe('stores over HTTP', () => {
  let api: AppHarness;
  beforeAll(async () => {
    api = await startTestApp({ modules: ['stores'] });
  });
  afterAll(() => api.close());


  /** The integration events published with `key`, as type and data. */
  const published = async (topic: string, key: string) =>
    (await api.app.db.log!.read(topic, 0, 1000)).filter((record) => record.key === key).map(({ message }) => ({ type: message.type, data: message.data }));

  it('creates a store that does not participate, switches participation, rebrands it, and publishes each change', async () => {
    const id = await createStore(api, 'Waldorf Books');
    expect(await api.ok('GET', `/api/stores/${id}`)).toEqual({ store: { id, name: 'Waldorf Books', location: 'Level 1', participating: false } });
    expect((await api.ok<{ stores: { id: string }[] }>('GET', '/api/stores')).stores.map((store) => store.id)).toContain(id);
    const participating = () => api.ok<{ stores: { id: string }[] }>('GET', '/api/stores/participating');
    expect((await participating()).stores.map((store) => store.id)).not.toContain(id);

    await api.ok('PUT', `/api/stores/${id}/participating`);
    expect((await participating()).stores).toContainEqual({ id, name: 'Waldorf Books', location: 'Level 1', participating: true });
    expect(await api.call('PUT', `/api/stores/${id}/participating`)).toEqual(rule('the store is already participating'));
    await api.ok('DELETE', `/api/stores/${id}/participating`);
    expect(await api.call('DELETE', `/api/stores/${id}/participating`)).toEqual(rule('the store is already not participating'));
    expect((await participating()).stores.map((store) => store.id)).not.toContain(id);

    await api.ok('PUT', `/api/stores/${id}/rebrand`, { name: 'Waldorf & Co' });
    expect(await api.call('PUT', `/api/stores/${id}/rebrand`, { name: '  ' })).toEqual(rule('the store name cannot be blank'));
    expect(await api.ok('GET', `/api/stores/${id}`)).toEqual({ store: { id, name: 'Waldorf & Co', location: 'Level 1', participating: false } });

    expect(await eventually('the store events', async () => {
      const events = await published(StoresTopics.store, id);
      return events.length === 4 ? events : undefined;
    })).toEqual([
      { type: 'storesapi.StoreCreated', data: { storeId: id, name: 'Waldorf Books', location: 'Level 1' } },
      { type: 'storesapi.StoreParticipationEnabled', data: { storeId: id } },
      { type: 'storesapi.StoreParticipationDisabled', data: { storeId: id } },
      { type: 'storesapi.StoreRebranded', data: { storeId: id, name: 'Waldorf & Co' } },
    ]);
  });

  it('answers the store rules, 404 for unknown stores, and 400 naming the field for bad input', async () => {
    expect(await api.call('POST', '/api/stores', { name: '', location: 'Level 1' })).toEqual(rule('the store name cannot be blank'));
    expect(await api.call('POST', '/api/stores', { name: 'Books', location: ' ' })).toEqual(rule('the store location cannot be blank'));
    const missing = notFound('the store was not found');
    expect(await api.call('GET', '/api/stores/nope')).toEqual(missing);
    expect(await api.call('PUT', '/api/stores/nope/participating')).toEqual(missing);
    expect(await api.call('DELETE', '/api/stores/nope/participating')).toEqual(missing);
    expect(await api.call('PUT', '/api/stores/nope/rebrand', { name: 'X' })).toEqual(missing);
    expect(await api.call('GET', '/api/stores/nope/products')).toEqual(missing);
    expect(await api.call('POST', '/api/stores/nope/products', { name: 'X', description: '', sku: 'S', price: 1 })).toEqual(missing);

    const wrongType = await api.call<{ message: string }>('POST', '/api/stores', { name: 'Books', location: 7 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.message).toMatch(/^body\.location: /);
  });

  it('adds, reprices, rebrands and removes products, with prices in units on the wire', async () => {
    const storeId = await createStore(api, 'Gadget Garage');
    const path = `/api/stores/${storeId}/products`;
    const { id } = await api.ok<{ id: string }>('POST', path, { name: 'USB-C cable', description: '2 m', sku: 'GG-100', price: 9.99 });
    const { id: other } = await api.ok<{ id: string }>('POST', path, { name: 'Adapter', description: '', sku: 'GG-101', price: 0 });
    const product = (fields: object) => ({ product: { id, storeId, name: 'USB-C cable', description: '2 m', sku: 'GG-100', price: 9.99, ...fields } });
    expect(await api.ok('GET', `/api/stores/products/${id}`)).toEqual(product({}));
    expect(await api.ok('GET', path)).toEqual({
      products: [
        { id: other, storeId, name: 'Adapter', description: '', sku: 'GG-101', price: 0 },
        { id, storeId, name: 'USB-C cable', description: '2 m', sku: 'GG-100', price: 9.99 },
      ],
    });

    await api.ok('PUT', `/api/stores/products/${id}/increasePrice`, { price: 12.5 });
    expect(await api.call('PUT', `/api/stores/products/${id}/increasePrice`, { price: 10 })).toEqual(rule('the price change would be a decrease'));
    expect(await api.call('PUT', `/api/stores/products/${id}/decreasePrice`, { price: 13 })).toEqual(rule('the price change would be an increase'));
    expect(await api.call('PUT', `/api/stores/products/${id}/increasePrice`, { price: -1 })).toEqual(rule('the product price cannot be negative'));
    await api.ok('PUT', `/api/stores/products/${id}/decreasePrice`, { price: 5.25 });
    // The same price again is no change, in either direction.
    await api.ok('PUT', `/api/stores/products/${id}/increasePrice`, { price: 5.25 });
    await api.ok('PUT', `/api/stores/products/${id}/decreasePrice`, { price: 5.25 });
    await api.ok('PUT', `/api/stores/products/${id}/rebrand`, { name: 'Braided cable', description: '3 m' });
    expect(await api.call('PUT', `/api/stores/products/${id}/rebrand`, { name: ' ', description: '3 m' })).toEqual(rule('the product name cannot be blank'));
    expect(await api.ok('GET', `/api/stores/products/${id}`)).toEqual(product({ name: 'Braided cable', description: '3 m', price: 5.25 }));

    await api.ok('DELETE', `/api/stores/products/${id}`);
    expect(await api.call('GET', `/api/stores/products/${id}`)).toEqual(notFound('product not found'));
    expect(await api.call('DELETE', `/api/stores/products/${id}`)).toEqual(notFound('product not found'));
    expect((await api.ok<{ products: { id: string }[] }>('GET', path)).products.map((entry) => entry.id)).toEqual([other]);

    expect(await eventually('the product events', async () => {
      const events = await published(StoresTopics.product, id);
      return events.length === 5 ? events : undefined;
    })).toEqual([
      { type: 'storesapi.ProductAdded', data: { productId: id, storeId, name: 'USB-C cable', description: '2 m', sku: 'GG-100', priceCents: 999 } },
      { type: 'storesapi.ProductPriceChanged', data: { productId: id, priceCents: 1250, previousPriceCents: 999 } },
      { type: 'storesapi.ProductPriceChanged', data: { productId: id, priceCents: 525, previousPriceCents: 1250 } },
      { type: 'storesapi.ProductRebranded', data: { productId: id, name: 'Braided cable', description: '3 m' } },
      { type: 'storesapi.ProductRemoved', data: { productId: id, storeId } },
    ]);
  });

  it('answers the product rules on add, 404 for unknown products, and 400 for a price with more than 2 decimals', async () => {
    const path = `/api/stores/${await createStore(api, 'Corner Café')}/products`;
    expect(await api.call('POST', path, { name: '', description: '', sku: 'S', price: 1 })).toEqual(rule('the product name cannot be blank'));
    expect(await api.call('POST', path, { name: 'Beans', description: '', sku: 'S', price: -0.01 })).toEqual(rule('the product price cannot be negative'));
    const cents = await api.call<{ message: string }>('POST', path, { name: 'Beans', description: '', sku: 'S', price: 1.005 });
    expect(cents.status).toBe(400);
    expect(cents.body.message).toMatch(/^body\.price: /);

    const missing = notFound('product not found');
    expect(await api.call('GET', '/api/stores/products/nope')).toEqual(missing);
    expect(await api.call('PUT', '/api/stores/products/nope/rebrand', { name: 'X', description: '' })).toEqual(missing);
    expect(await api.call('PUT', '/api/stores/products/nope/increasePrice', { price: 1 })).toEqual(missing);
    expect(await api.call('PUT', '/api/stores/products/nope/decreasePrice', { price: 1 })).toEqual(missing);
    expect(await api.call('DELETE', '/api/stores/products/nope')).toEqual(missing);
  });

  it('snapshots a store every 20 events and loads it from the snapshot', async () => {
    const id = await createStore(api, 'Brand 0');
    for (let brand = 1; brand <= 20; brand++) await api.ok('PUT', `/api/stores/${id}/rebrand`, { name: `Brand ${brand}` });
    const loaded = await loadAggregate(api.app.db.storage, storeDecider, storeStream(id), { snapshot: storeSnapshot });
    expect(loaded).toMatchObject({ version: 21, snapshotVersion: 20, state: { name: 'Brand 20' } });
    // The command handler decides on the snapshot plus the tail: the next rule still sees the whole history.
    expect(await api.call('DELETE', `/api/stores/${id}/participating`)).toEqual(rule('the store is already not participating'));
    await api.ok('PUT', `/api/stores/${id}/rebrand`, { name: 'Brand 21' });
    expect((await api.ok<{ store: { name: string } }>('GET', `/api/stores/${id}`)).store.name).toBe('Brand 21');
  });
});
