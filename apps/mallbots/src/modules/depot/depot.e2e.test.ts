import type { Subscription } from '@mallbots/eda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandSpec, DataOf, MessageSpec } from '../../platform/contract-kit.js';
import { notFound, rule } from '../../testing/answers.js';
import { eventually, startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { handled, publishEvent, sendCommand } from '../../testing/messages.js';
import { createCatalog, shoppingList } from '../../testing/shop.js';
import { OrderCanceled, OrderingTopics, OrderRejected } from '../ordering/contract.js';
import { ProductAdded, ProductRemoved, StoreCreated, StoreRebranded, StoresTopics } from '../stores/contract.js';
import { CancelShoppingList, CreateShoppingList, DepotTopics, InitiateShopping } from './contract.js';

const apple = { productId: 'apple', storeId: 'grocer', quantity: 2 };
const hammer = { productId: 'hammer', storeId: 'tools', quantity: 1 };

describe('depot over HTTP and messages', () => {
  let api: AppHarness;
  let events: Subscription;
  const published: { type: string; shoppingListId: string }[] = [];

  /** Publishes an event of another module and waits until the depot's consumer `group` has handled it. */
  const deliver = async <S extends MessageSpec>(group: string, topic: string, spec: S, data: DataOf<S>, key: string) =>
    handled(api, group, await publishEvent(api, topic, spec, data, key));
  /** Sends a command as the saga does; resolves with its result or its failure reason. */
  const send = async <C extends CommandSpec>(spec: C, data: DataOf<C>): Promise<unknown> => {
    const reply = await sendCommand(api, DepotTopics.commands, spec, data);
    return reply.outcome === 'success' ? reply.result : reply.reason;
  };

  beforeAll(async () => {
    api = await startTestApp({ modules: ['stores', 'depot'] });
    events = await api.app.db.transport.subscribe(
      DepotTopics.shoppingList,
      async (message) => void published.push({ type: message.type, shoppingListId: (message.data as { shoppingListId: string }).shoppingListId }),
      { group: 'test.depot.events', startFrom: 'beginning' },
    );
    const catalog = 'depot.catalog';
    await deliver(catalog, StoresTopics.store, StoreCreated, { storeId: 'grocer', name: 'Grocer', location: 'Level 1' }, 'grocer');
    await deliver(catalog, StoresTopics.store, StoreCreated, { storeId: 'tools', name: 'Tools', location: 'Level 2' }, 'tools');
    await deliver(catalog, StoresTopics.store, StoreRebranded, { storeId: 'tools', name: 'Tool Shed' }, 'tools');
    const product = (productId: string, storeId: string, name: string) => ({ productId, storeId, name, description: '', sku: productId, priceCents: 100 });
    await deliver(catalog, StoresTopics.product, ProductAdded, product('apple', 'grocer', 'Apple'), 'apple');
    await deliver(catalog, StoresTopics.product, ProductAdded, product('hammer', 'tools', 'Hammer'), 'hammer');
    await deliver(catalog, StoresTopics.product, ProductAdded, product('gone', 'grocer', 'Gone'), 'gone');
    await deliver(catalog, StoresTopics.product, ProductRemoved, { productId: 'gone', storeId: 'grocer' }, 'gone');
  });
  afterAll(async () => {
    await events.close();
    await api.close();
  });

  it('makes a pending list of stops from the local copy of the stores, once per order', async () => {
    const { id } = await api.ok<{ id: string }>('POST', '/api/depot/shopping', { orderId: 'o-1', items: [apple, hammer, { ...apple, quantity: 1 }] });
    expect(await shoppingList(api, id)).toEqual({
      id,
      orderId: 'o-1',
      status: 'pending',
      assignedBotId: null,
      stops: {
        grocer: { storeName: 'Grocer', storeLocation: 'Level 1', items: { apple: { productName: 'Apple', quantity: 3 } } },
        tools: { storeName: 'Tool Shed', storeLocation: 'Level 2', items: { hammer: { productName: 'Hammer', quantity: 1 } } },
      },
      progress: { lastSeq: 0, atStoreId: null, picked: {}, stopsDone: [] },
    });
    expect(await api.ok('POST', '/api/depot/shopping', { orderId: 'o-1', items: [hammer] })).toEqual({ id });

    expect(await api.call('POST', '/api/depot/shopping', { orderId: 'o-2', items: [{ ...apple, productId: 'gone' }] })).toEqual(rule('product not found'));
    expect(await api.call('POST', '/api/depot/shopping', { orderId: 'o-2', items: [{ ...apple, storeId: 'tools' }] })).toEqual(rule('product not found'));
    expect(await api.call('POST', '/api/depot/shopping', { orderId: 'o-2', items: [{ ...apple, quantity: 0 }] })).toEqual(rule('the item quantity must be positive'));
    expect(await api.call('POST', '/api/depot/shopping', { orderId: 'o-2', items: [{ ...apple, quantity: -1 }] })).toEqual(rule('the item quantity cannot be negative'));
    expect(await api.call('POST', '/api/depot/shopping', { orderId: 'o-2', items: [] })).toEqual(rule('the shopping list has no items'));
    expect(await api.call('POST', '/api/depot/shopping', { orderId: ' ', items: [apple] })).toEqual(rule('the order id cannot be blank'));
    const wrongType = await api.call<{ message: string }>('POST', '/api/depot/shopping', { orderId: 'o-2', items: [{ ...apple, quantity: 1.5 }] });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.message).toMatch(/^body\.items\.0\.quantity: /);

    expect(await api.call('PUT', `/api/depot/shopping/${id}/assign`, { botId: 'bot-1' })).toEqual(rule('the shopping list cannot be assigned'));
    expect(await api.call('PUT', `/api/depot/shopping/${id}/complete`)).toEqual(rule('the shopping list cannot be completed'));
    const missing = notFound('the shopping list was not found');
    expect(await api.call('GET', '/api/depot/shopping/nope')).toEqual(missing);
    expect(await api.call('PUT', '/api/depot/shopping/nope/assign', { botId: 'bot-1' })).toEqual(missing);
    expect(await api.call('DELETE', '/api/depot/shopping/nope')).toEqual(missing);
  });

  it('follows the stores module: a store and a product made over HTTP become a stop', async () => {
    const { storeId, productId } = await createCatalog(api);
    const { id } = await eventually('the product in the depot copy', async () => {
      const created = await api.call<{ id: string }>('POST', '/api/depot/shopping', { orderId: 'o-3', items: [{ productId, storeId, quantity: 2 }] });
      return created.status === 200 ? created.body : undefined;
    });
    expect(await shoppingList(api, id)).toMatchObject({ stops: { [storeId]: { storeName: 'Gadget Garage', storeLocation: 'Level 2', items: { [productId]: { productName: 'USB-C cable', quantity: 2 } } } } });
  });

  it('copies a product whose store arrives after it, once the store is there', async () => {
    const added = await publishEvent(api, StoresTopics.product, ProductAdded, { productId: 'nail', storeId: 'hardware', name: 'Nail', description: '', sku: 'n', priceCents: 5 }, 'nail');
    await publishEvent(api, StoresTopics.store, StoreCreated, { storeId: 'hardware', name: 'Hardware', location: 'Level 3' }, 'hardware');
    await handled(api, 'depot.catalog', added);
    const { id } = await api.ok<{ id: string }>('POST', '/api/depot/shopping', { orderId: 'o-5', items: [{ productId: 'nail', storeId: 'hardware', quantity: 100 }] });
    expect(await shoppingList(api, id)).toMatchObject({ stops: { hardware: { storeName: 'Hardware', storeLocation: 'Level 3', items: { nail: { productName: 'Nail', quantity: 100 } } } } });
  });

  it("answers the saga's commands, and takes a list through a bot to completion", async () => {
    const created = (await send(CreateShoppingList, { orderId: 'o-10', items: [apple] })) as { shoppingListId: string };
    const id = created.shoppingListId;
    expect(await send(CreateShoppingList, { orderId: 'o-10', items: [apple] })).toEqual({ shoppingListId: id });
    // Answered once the deliveries that wait for the local copy to catch up are spent (about 1.5 s).
    expect(await send(CreateShoppingList, { orderId: 'o-11', items: [{ ...apple, productId: 'kiwi' }] })).toBe('product not found');
    expect(await send(CancelShoppingList, { shoppingListId: 'nope' })).toBe('the shopping list was not found');

    expect(await send(InitiateShopping, { shoppingListId: id })).toEqual({});
    expect(await send(InitiateShopping, { shoppingListId: id })).toEqual({});
    expect(await shoppingList(api, id)).toMatchObject({ status: 'available', assignedBotId: null });

    expect(await api.call('PUT', `/api/depot/shopping/${id}/assign`, { botId: ' ' })).toEqual(rule('the bot id cannot be blank'));
    await api.ok('PUT', `/api/depot/shopping/${id}/assign`, { botId: 'bot-1' });
    expect(await shoppingList(api, id)).toMatchObject({ status: 'assigned', assignedBotId: 'bot-1' });
    await api.ok('PUT', `/api/depot/shopping/${id}/complete`);
    expect(await shoppingList(api, id)).toMatchObject({ status: 'completed', assignedBotId: 'bot-1' });

    expect(await api.call('DELETE', `/api/depot/shopping/${id}`)).toEqual(rule('the shopping list cannot be canceled'));
    expect(await send(CancelShoppingList, { shoppingListId: id })).toBe('the shopping list cannot be canceled');
    const events = await eventually('the events of the list', async () => {
      const ofList = published.filter((event) => event.shoppingListId === id).map((event) => event.type);
      return ofList.length >= 4 ? ofList : undefined;
    });
    expect(events).toEqual(['depotapi.ShoppingListCreated', 'depotapi.ShoppingListAvailable', 'depotapi.ShoppingListAssigned', 'depotapi.ShoppingListCompleted']);
  });

  it('retries CreateShoppingList while a product has not reached the local copy yet', async () => {
    const failedDeliveries = async (): Promise<number> => {
      const text = await (await fetch(`${api.url}/metrics`)).text();
      const line = text
        .split('\n')
        .find((row) => row.startsWith('mallbots_message_handling_seconds_count{') && ['handler="depot.commands"', 'type="depotapi.CreateShoppingList"', 'outcome="error"'].every((label) => row.includes(label)));
      return Number(line?.split(' ').at(-1) ?? 0);
    };
    const before = await failedDeliveries();
    const reply = send(CreateShoppingList, { orderId: 'o-12', items: [{ productId: 'plum', storeId: 'grocer', quantity: 3 }] });
    await eventually('a delivery that failed for the missing product', async () => ((await failedDeliveries()) > before ? true : undefined));
    await publishEvent(api, StoresTopics.product, ProductAdded, { productId: 'plum', storeId: 'grocer', name: 'Plum', description: '', sku: 'plum', priceCents: 80 }, 'plum');

    const { shoppingListId } = (await reply) as { shoppingListId: string };
    expect(await shoppingList(api, shoppingListId)).toMatchObject({ orderId: 'o-12', stops: { grocer: { items: { plum: { productName: 'Plum', quantity: 3 } } } } });
  });

  it('cancels a list by POST, DELETE, the saga, or its canceled or rejected order, which frees its bot', async () => {
    const { id: pending } = await api.ok<{ id: string }>('POST', '/api/depot/shopping', { orderId: 'o-20', items: [apple] });
    await api.ok('POST', `/api/depot/shopping/${pending}`);
    await api.ok('DELETE', `/api/depot/shopping/${pending}`);
    expect(await send(CancelShoppingList, { shoppingListId: pending })).toEqual({});
    expect(await shoppingList(api, pending)).toMatchObject({ status: 'canceled' });
    expect(await send(InitiateShopping, { shoppingListId: pending })).toBe('the shopping list cannot be initiated');

    const { shoppingListId: held } = (await send(CreateShoppingList, { orderId: 'o-21', items: [hammer] })) as { shoppingListId: string };
    const { shoppingListId: next } = (await send(CreateShoppingList, { orderId: 'o-22', items: [hammer] })) as { shoppingListId: string };
    await send(InitiateShopping, { shoppingListId: held });
    await send(InitiateShopping, { shoppingListId: next });
    await api.ok('PUT', `/api/depot/shopping/${held}/assign`, { botId: 'bot-2' });
    expect(await api.call('PUT', `/api/depot/shopping/${next}/assign`, { botId: 'bot-2' })).toEqual(rule('the bot already has a shopping list'));

    const orders = 'depot.orders';
    await deliver(orders, OrderingTopics.order, OrderCanceled, { orderId: 'o-21', customerId: 'c-1', paymentId: 'p-1', shoppingId: held }, 'o-21');
    expect(await shoppingList(api, held)).toMatchObject({ status: 'canceled' });
    await api.ok('PUT', `/api/depot/shopping/${next}/assign`, { botId: 'bot-2' });

    const { shoppingListId: orphan } = (await send(CreateShoppingList, { orderId: 'o-23', items: [hammer] })) as { shoppingListId: string };
    await deliver(orders, OrderingTopics.order, OrderRejected, { orderId: 'o-23', customerId: 'c-1' }, 'o-23');
    expect(await shoppingList(api, orphan)).toMatchObject({ status: 'canceled' });

    await deliver(orders, OrderingTopics.order, OrderCanceled, { orderId: 'o-unknown', customerId: 'c-1', paymentId: 'p-1' }, 'o-unknown');
    expect(await api.app.db.transport.deadLetters.list()).toEqual([]);
  });
});
