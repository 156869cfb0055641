import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notFound, rule } from './testing/answers.js';
import { eventually, startTestApp, type ApiResponse, type AppHarness } from './testing/app-harness.js';
import {
  addToBasket,
  authorizePayment,
  checkout,
  createCatalog,
  createStore,
  listReaches,
  orderReaches,
  registerCustomer,
  startBasket,
  type Catalog,
} from './testing/shop.js';

/** One way a client breaks a rule: what it does (`via`), and the request that breaks it. */
interface Breach {
  message: string;
  via: string;
  provoke: () => Promise<ApiResponse>;
}

/**
 * Every rule message of spec/api.md ("Rule messages"), each provoked over HTTP as a client would
 * provoke it and answered 400 with the message verbatim; and 404 for an unknown id in each module.
 * One application with all modules and one shared catalog; what a rule needs beyond it (a checked
 * out basket, an approved or ready order) each case makes for itself.
 */
describe('the rule messages of the API', () => {
  let api: AppHarness;
  let catalog: Catalog;
  beforeAll(async () => {
    api = await startTestApp();
    catalog = await createCatalog(api, 9.99);
  });
  afterAll(() => api.close());

  /** A customer's order of one catalog product, checked out and paid by an authorization that covers it. */
  const placeOrder = async () => {
    const customerId = await registerCustomer(api);
    return checkout(api, customerId, await authorizePayment(api, customerId, catalog.price), catalog, 1);
  };
  /** An approved order, and its shopping list once it is `available` to the bots. */
  const approvedOrder = async () => {
    const orderId = await placeOrder();
    const { shoppingId } = await orderReaches(api, orderId, 'approved');
    await listReaches(api, shoppingId, 'available');
    return { orderId, shoppingId };
  };
  /** An order whose list a bot has collected: the order is ready, its list completed. */
  const readyOrder = async () => {
    const order = await approvedOrder();
    await api.ok('PUT', `/api/depot/shopping/${order.shoppingId}/assign`, { botId: `bot-${order.orderId}` });
    await api.ok('PUT', `/api/depot/shopping/${order.shoppingId}/complete`);
    await orderReaches(api, order.orderId, 'ready');
    return order;
  };
  const basketWithItem = async () => {
    const basketId = await startBasket(api, await registerCustomer(api));
    await addToBasket(api, basketId, catalog.productId, 1);
    return basketId;
  };
  const canceledBasket = async () => {
    const basketId = await basketWithItem();
    await api.ok('DELETE', `/api/baskets/${basketId}`);
    return basketId;
  };
  const orderLine = (fields: object = {}) => ({
    productId: catalog.productId,
    storeId: catalog.storeId,
    storeName: 'Gadget Garage',
    productName: 'USB-C cable',
    price: catalog.price,
    quantity: 1,
    ...fields,
  });
  const product = (fields: object) => ({ name: 'Beans', description: '', sku: 'CC-1', price: 4.5, ...fields });

  const breaches: Breach[] = [
    {
      message: 'the store name cannot be blank',
      via: 'creating a store',
      provoke: () => api.call('POST', '/api/stores', { name: ' ', location: 'Level 1' }),
    },
    {
      message: 'the store name cannot be blank',
      via: 'rebranding a store',
      provoke: async () => api.call('PUT', `/api/stores/${await createStore(api, 'Corner Café')}/rebrand`, { name: '' }),
    },
    {
      message: 'the store location cannot be blank',
      via: 'creating a store',
      provoke: () => api.call('POST', '/api/stores', { name: 'Corner Café', location: '  ' }),
    },
    {
      message: 'the store is already participating',
      via: 'enabling the participation of a participating store',
      provoke: () => api.call('PUT', `/api/stores/${catalog.storeId}/participating`),
    },
    {
      message: 'the store is already not participating',
      via: 'disabling the participation of a new store',
      provoke: async () => api.call('DELETE', `/api/stores/${await createStore(api, 'Corner Café')}/participating`),
    },
    {
      message: 'the product name cannot be blank',
      via: 'adding a product',
      provoke: () => api.call('POST', `/api/stores/${catalog.storeId}/products`, product({ name: ' ' })),
    },
    {
      message: 'the product name cannot be blank',
      via: 'rebranding a product',
      provoke: () => api.call('PUT', `/api/stores/products/${catalog.productId}/rebrand`, { name: '', description: 'x' }),
    },
    {
      message: 'the product price cannot be negative',
      via: 'adding a product',
      provoke: () => api.call('POST', `/api/stores/${catalog.storeId}/products`, product({ price: -0.01 })),
    },
    {
      message: 'the product price cannot be negative',
      via: 'decreasing a price below zero',
      provoke: () => api.call('PUT', `/api/stores/products/${catalog.productId}/decreasePrice`, { price: -1 }),
    },
    {
      message: 'the price change would be a decrease',
      via: 'increasing a price to a lower one',
      provoke: () => api.call('PUT', `/api/stores/products/${catalog.productId}/increasePrice`, { price: 1 }),
    },
    {
      message: 'the price change would be an increase',
      via: 'decreasing a price to a higher one',
      provoke: () => api.call('PUT', `/api/stores/products/${catalog.productId}/decreasePrice`, { price: 20 }),
    },
    {
      message: 'the customer name cannot be blank',
      via: 'registering',
      provoke: () => api.call('POST', '/api/customers', { name: ' ', smsNumber: '+1 555 0100' }),
    },
    {
      message: 'the SMS number cannot be blank',
      via: 'registering',
      provoke: () => api.call('POST', '/api/customers', { name: 'Ada', smsNumber: '' }),
    },
    {
      message: 'the SMS number cannot be blank',
      via: 'changing the SMS number',
      provoke: async () => api.call('PUT', `/api/customers/${await registerCustomer(api)}/change-sms`, { smsNumber: ' ' }),
    },
    {
      message: 'the customer is already enabled',
      via: 'enabling a new customer',
      provoke: async () => api.call('PUT', `/api/customers/${await registerCustomer(api)}/enable`),
    },
    {
      message: 'the customer is already disabled',
      via: 'disabling a customer twice',
      provoke: async () => {
        const customerId = await registerCustomer(api);
        await api.ok('PUT', `/api/customers/${customerId}/disable`);
        return api.call('PUT', `/api/customers/${customerId}/disable`);
      },
    },
    {
      message: 'the customer id cannot be blank',
      via: 'starting a basket',
      provoke: () => api.call('POST', '/api/baskets', { customerId: ' ' }),
    },
    {
      message: 'the customer id cannot be blank',
      via: 'authorizing a payment',
      provoke: () => api.call('POST', '/api/payments', { customerId: '', amount: 1 }),
    },
    {
      message: 'the customer id cannot be blank',
      via: 'creating an order',
      provoke: () => api.call('POST', '/api/ordering', { customerId: ' ', paymentId: 'p-1', items: [orderLine()] }),
    },
    {
      message: 'the item quantity cannot be negative',
      via: 'adding to a basket',
      provoke: async () => api.call('PUT', `/api/baskets/${await basketWithItem()}/addItem`, { productId: catalog.productId, quantity: -1 }),
    },
    {
      message: 'the item quantity cannot be negative',
      via: 'removing from a basket',
      provoke: async () => api.call('PUT', `/api/baskets/${await basketWithItem()}/removeItem`, { productId: catalog.productId, quantity: -1 }),
    },
    {
      message: 'the item quantity cannot be negative',
      via: 'creating an order',
      provoke: () => api.call('POST', '/api/ordering', { customerId: 'c-1', paymentId: 'p-1', items: [orderLine({ quantity: -2 })] }),
    },
    {
      message: 'the item quantity must be positive',
      via: 'adding none to a basket',
      provoke: async () => api.call('PUT', `/api/baskets/${await basketWithItem()}/addItem`, { productId: catalog.productId, quantity: 0 }),
    },
    {
      message: 'the item quantity must be positive',
      via: 'creating an order with none of a product',
      provoke: () => api.call('POST', '/api/ordering', { customerId: 'c-1', paymentId: 'p-1', items: [orderLine({ quantity: 0 })] }),
    },
    {
      message: 'the basket cannot be modified',
      via: 'adding to a checked-out basket',
      provoke: async () => api.call('PUT', `/api/baskets/${await placeOrder()}/addItem`, { productId: catalog.productId, quantity: 1 }),
    },
    {
      message: 'the basket cannot be modified',
      via: 'removing from a canceled basket',
      provoke: async () => api.call('PUT', `/api/baskets/${await canceledBasket()}/removeItem`, { productId: catalog.productId, quantity: 1 }),
    },
    {
      message: 'the basket cannot be cancelled',
      via: 'canceling a checked-out basket',
      provoke: async () => api.call('DELETE', `/api/baskets/${await placeOrder()}`),
    },
    {
      message: 'the basket cannot be cancelled',
      via: 'canceling a canceled basket',
      provoke: async () => api.call('DELETE', `/api/baskets/${await canceledBasket()}`),
    },
    {
      message: 'the basket has no items',
      via: 'checking out an empty basket',
      provoke: async () => api.call('PUT', `/api/baskets/${await startBasket(api, await registerCustomer(api))}/checkout`, { paymentId: 'p-1' }),
    },
    {
      message: 'the payment id cannot be blank',
      via: 'checking out a basket',
      provoke: async () => api.call('PUT', `/api/baskets/${await basketWithItem()}/checkout`, { paymentId: ' ' }),
    },
    {
      message: 'the payment id cannot be blank',
      via: 'creating an order',
      provoke: () => api.call('POST', '/api/ordering', { customerId: 'c-1', paymentId: '', items: [orderLine()] }),
    },
    {
      message: 'the order cannot be cancelled',
      via: 'canceling a ready order',
      provoke: async () => api.call('DELETE', `/api/ordering/${(await readyOrder()).orderId}`),
    },
    {
      message: 'the order has no items',
      via: 'creating an order',
      provoke: () => api.call('POST', '/api/ordering', { customerId: 'c-1', paymentId: 'p-1', items: [] }),
    },
    {
      message: 'the invoice cannot be paid for',
      via: 'paying an invoice twice',
      provoke: async () => {
        const { orderId } = await readyOrder();
        await eventually('the invoice of the ready order', async () => ((await api.call('GET', `/api/payments/invoices/${orderId}`)).status === 200 ? true : undefined));
        await api.ok('PUT', `/api/payments/invoices/${orderId}/pay`);
        return api.call('PUT', `/api/payments/invoices/${orderId}/pay`);
      },
    },
    {
      message: 'the shopping list cannot be canceled',
      via: 'canceling a completed list by DELETE',
      provoke: async () => api.call('DELETE', `/api/depot/shopping/${(await readyOrder()).shoppingId}`),
    },
    {
      message: 'the shopping list cannot be canceled',
      via: "canceling a completed list by POST, as the reference's route",
      provoke: async () => api.call('POST', `/api/depot/shopping/${(await readyOrder()).shoppingId}`),
    },
    {
      message: 'the shopping list cannot be assigned',
      via: 'assigning a list another bot holds',
      provoke: async () => {
        const { orderId, shoppingId } = await approvedOrder();
        await api.ok('PUT', `/api/depot/shopping/${shoppingId}/assign`, { botId: `bot-${orderId}` });
        return api.call('PUT', `/api/depot/shopping/${shoppingId}/assign`, { botId: `other-bot-${orderId}` });
      },
    },
    {
      message: 'the shopping list cannot be completed',
      via: 'completing a list no bot was assigned',
      provoke: async () => api.call('PUT', `/api/depot/shopping/${(await approvedOrder()).shoppingId}/complete`),
    },
    {
      message: 'product not found',
      via: 'adding an unknown product to a basket',
      provoke: async () => api.call('PUT', `/api/baskets/${await basketWithItem()}/addItem`, { productId: 'no-such-product', quantity: 1 }),
    },
    {
      message: 'product not found',
      via: 'removing a product the basket does not hold',
      provoke: async () => api.call('PUT', `/api/baskets/${await basketWithItem()}/removeItem`, { productId: 'no-such-product', quantity: 1 }),
    },
    {
      message: 'product not found',
      via: 'making a shopping list with an unknown product',
      provoke: () => api.call('POST', '/api/depot/shopping', { orderId: 'o-unknown-product', items: [{ productId: 'no-such-product', storeId: catalog.storeId, quantity: 1 }] }),
    },
  ];

  it.each(breaches)('400 "$message" ($via)', async ({ message, provoke }) => {
    expect(await provoke()).toEqual(rule(message));
  });

  it('404 "product not found" on the routes whose path names a removed product', async () => {
    const { id } = await api.ok<{ id: string }>('POST', `/api/stores/${catalog.storeId}/products`, product({ name: 'Discontinued' }));
    await api.ok('DELETE', `/api/stores/products/${id}`);
    const missing = notFound('product not found');
    expect(await api.call('GET', `/api/stores/products/${id}`)).toEqual(missing);
    expect(await api.call('PUT', `/api/stores/products/${id}/increasePrice`, { price: 10 })).toEqual(missing);
    expect(await api.call('DELETE', `/api/stores/products/${id}`)).toEqual(missing);
  });

  it.each([
    { path: '/api/stores/no-such-id', message: 'the store was not found' },
    { path: '/api/stores/products/no-such-id', message: 'product not found' },
    { path: '/api/customers/no-such-id', message: 'the customer was not found' },
    { path: '/api/baskets/no-such-id', message: 'the basket was not found' },
    { path: '/api/ordering/no-such-id', message: 'the order was not found' },
    { path: '/api/depot/shopping/no-such-id', message: 'the shopping list was not found' },
    { path: '/api/payments/invoices/no-such-id', message: 'the invoice was not found' },
    { path: '/api/search/orders/no-such-id', message: 'the order was not found' },
    { path: '/api/cosec/sagas/no-such-id', message: 'the saga was not found' },
  ])('404 "$message" for GET $path', async ({ path, message }) => {
    expect(await api.call('GET', path)).toEqual(notFound(message));
  });
});
