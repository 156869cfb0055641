import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { startBasket } from '../../testing/shop.js';

interface BasketBody {
  basket: { id: string; customerId: string; status: string; items: { productId: string; storeName: string; productName: string; productPrice: number; quantity: number }[] };
}

/** The catalog is made through the stores API: baskets only ever learns it from the stores' integration events. */
describe('baskets over HTTP, with stores', () => {
  let api: AppHarness;
  let storeId: string;
  let apple: string;
  let pear: string;

  const getBasket = (id: string) => api.ok<BasketBody>('GET', `/api/baskets/${id}`);
  /** The line a new basket gets for the product: what the local copy of the catalog says now. */
  const freshLine = async (productId: string) => {
    const id = await startBasket(api, 'customer-1');
    if ((await api.call('PUT', `/api/baskets/${id}/addItem`, { productId, quantity: 1 })).status !== 200) return undefined;
    return (await getBasket(id)).basket.items[0];
  };
  const addProduct = async (name: string, price: number) =>
    (await api.ok<{ id: string }>('POST', `/api/stores/${storeId}/products`, { name, description: '', sku: name, price })).id;

  beforeAll(async () => {
    api = await startTestApp({ modules: ['stores', 'baskets'] });
    storeId = (await api.ok<{ id: string }>('POST', '/api/stores', { name: 'Fruit Stand', location: 'Hall A' })).id;
    apple = await addProduct('Apple', 9.99);
    pear = await addProduct('Pear', 1.5);
    await eventually('the catalog reaches baskets', async () => ((await freshLine(pear)) ? true : undefined));
  });
  afterAll(() => api.close());

  it('fills a basket from the local catalog, keeps line prices, removes and checks out', async () => {
    const id = await startBasket(api, 'customer-1');
    expect(await getBasket(id)).toEqual({ basket: { id, customerId: 'customer-1', status: 'open', items: [] } });
    await api.ok('PUT', `/api/baskets/${id}/addItem`, { productId: apple, quantity: 2 });
    await api.ok('PUT', `/api/baskets/${id}/addItem`, { productId: pear, quantity: 1 });
    await api.ok('PUT', `/api/baskets/${id}/addItem`, { productId: apple, quantity: 8 });

    await api.ok('PUT', `/api/stores/products/${apple}/increasePrice`, { price: 12.5 });
    await api.ok('PUT', `/api/stores/products/${apple}/rebrand`, { name: 'Green Apple', description: 'crisp' });
    await api.ok('PUT', `/api/stores/${storeId}/rebrand`, { name: 'Fruit Palace' });
    await eventually('the price change and rebrands reach baskets', async () => {
      const line = await freshLine(apple);
      return line?.productPrice === 12.5 && line.productName === 'Green Apple' && line.storeName === 'Fruit Palace' ? line : undefined;
    });

    await api.ok('PUT', `/api/baskets/${id}/addItem`, { productId: apple, quantity: 1 });
    await api.ok('PUT', `/api/baskets/${id}/removeItem`, { productId: pear, quantity: 5 });
    expect((await getBasket(id)).basket.items).toEqual([
      { storeId, productId: apple, storeName: 'Fruit Stand', productName: 'Apple', productPrice: 9.99, quantity: 11 },
    ]);
    expect((await api.call('PUT', `/api/baskets/${id}/removeItem`, { productId: pear, quantity: 1 })).body).toEqual({ code: 400, message: 'product not found' });
    await api.ok('PUT', `/api/baskets/${id}/removeItem`, { productId: apple, quantity: 1 });

    await api.ok('PUT', `/api/baskets/${id}/checkout`, { paymentId: 'payment-1' });
    expect((await getBasket(id)).basket).toMatchObject({ status: 'checked_out', items: [{ productId: apple, quantity: 10, productPrice: 9.99 }] });
    expect(await api.call('PUT', `/api/baskets/${id}/addItem`, { productId: pear, quantity: 1 })).toEqual({
      status: 400,
      body: { code: 400, message: 'the basket cannot be modified' },
    });
    expect((await api.call('DELETE', `/api/baskets/${id}`)).body).toEqual({ code: 400, message: 'the basket cannot be cancelled' });
  });

  it('forgets a product the store removed', async () => {
    await api.ok('DELETE', `/api/stores/products/${pear}`);
    const id = await startBasket(api, 'customer-1');
    const refused = await eventually('the removal reaches baskets', async () => {
      const response = await api.call('PUT', `/api/baskets/${id}/addItem`, { productId: pear, quantity: 1 });
      return response.status === 400 ? response.body : undefined;
    });
    expect(refused).toEqual({ code: 400, message: 'product not found' });
  });

  it('refuses an add that takes the basket total above 10,000,000.00', async () => {
    const gold = await addProduct('Gold', 10_000_000);
    await eventually('the gold reaches baskets', () => freshLine(gold));
    const id = await startBasket(api, 'customer-1');
    await api.ok('PUT', `/api/baskets/${id}/addItem`, { productId: gold, quantity: 1 });
    expect((await api.call('PUT', `/api/baskets/${id}/addItem`, { productId: apple, quantity: 1 })).body).toEqual({ code: 400, message: 'the basket total is too large' });
  });

  it('answers the rule messages, 404 for an unknown basket, and 400 naming the field for bad input', async () => {
    expect((await api.call('POST', '/api/baskets', { customerId: ' ' })).body).toEqual({ code: 400, message: 'the customer id cannot be blank' });
    const id = await startBasket(api, 'customer-1');
    const add = (body: unknown) => api.call('PUT', `/api/baskets/${id}/addItem`, body);
    expect((await add({ productId: apple, quantity: -1 })).body).toEqual({ code: 400, message: 'the item quantity cannot be negative' });
    expect((await add({ productId: apple, quantity: 0 })).body).toEqual({ code: 400, message: 'the item quantity must be positive' });
    expect((await add({ productId: 'no-such-product', quantity: 1 })).body).toEqual({ code: 400, message: 'product not found' });
    expect((await add({ productId: apple, quantity: 10_001 })).body).toEqual({ code: 400, message: 'the item quantity is too large' });
    expect((await api.call<{ message: string }>('PUT', `/api/baskets/${id}/addItem`, { productId: apple, quantity: 1.5 })).body.message).toMatch(/^body\.quantity: /);
    expect((await api.call('PUT', `/api/baskets/${id}/checkout`, { paymentId: 'p' })).body).toEqual({ code: 400, message: 'the basket has no items' });
    await api.ok('PUT', `/api/baskets/${id}/addItem`, { productId: apple, quantity: 1 });
    expect((await api.call('PUT', `/api/baskets/${id}/checkout`, { paymentId: '' })).body).toEqual({ code: 400, message: 'the payment id cannot be blank' });

    await api.ok('DELETE', `/api/baskets/${id}`);
    expect((await getBasket(id)).basket.status).toBe('canceled');
    expect((await api.call('PUT', `/api/baskets/${id}/removeItem`, { productId: apple, quantity: 1 })).body).toEqual({ code: 400, message: 'the basket cannot be modified' });
    expect((await api.call('DELETE', `/api/baskets/${id}`)).body).toEqual({ code: 400, message: 'the basket cannot be cancelled' });

    expect(await api.call('GET', '/api/baskets/nope')).toEqual({ status: 404, body: { code: 404, message: 'the basket was not found' } });
    expect((await api.call('PUT', '/api/baskets/nope/addItem', { productId: apple, quantity: 1 })).status).toBe(404);
    const unknownField = await api.call<{ message: string }>('POST', '/api/baskets', { customerId: 'c', extra: 1 });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.message).toContain('extra');
  });
});
