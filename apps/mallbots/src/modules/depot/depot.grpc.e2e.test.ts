import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botToken } from '../../robots/bot-token.js';
import { fleetSecret } from '../../robots/fleet-secret.js';
import { startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { connectTestBot } from '../../testing/bot-client.js';
import { grpcClients, unary } from '../../testing/grpc-client.js';
import { handled, publishEvent, sendCommand } from '../../testing/messages.js';
import { shoppingList } from '../../testing/shop.js';
import { ProductAdded, StoreCreated, StoresTopics } from '../stores/contract.js';
import { DepotTopics, InitiateShopping } from './contract.js';

const apple = { productId: 'apple', storeId: 'grocer', quantity: 2 };
const grocerStop = { storeName: 'Grocer', storeLocation: 'Level 1', items: { apple: { productName: 'Apple', quantity: 2 } } };

describe('DepotService over gRPC', () => {
  let api: AppHarness;
  let depot: ReturnType<typeof grpcClients>['depot'];

  /** Makes the list `available`, as the saga does once the order is approved (no route does it). */
  const initiate = async (shoppingListId: string): Promise<void> => {
    expect(await sendCommand(api, DepotTopics.commands, InitiateShopping, { shoppingListId })).toMatchObject({ outcome: 'success' });
  };
  const create = async (orderId: string): Promise<string> => (await unary(depot, 'CreateShoppingList', { orderId, items: [apple] })).id;

  beforeAll(async () => {
    api = await startTestApp({ modules: ['depot'] });
    depot = grpcClients(api.app.grpcAddress).depot;
    await handled(api, 'depot.catalog', await publishEvent(api, StoresTopics.store, StoreCreated, { storeId: 'grocer', name: 'Grocer', location: 'Level 1' }, 'grocer'));
    const product = { productId: 'apple', storeId: 'grocer', name: 'Apple', description: '', sku: 'a', priceCents: 100 };
    await handled(api, 'depot.catalog', await publishEvent(api, StoresTopics.product, ProductAdded, product, 'apple'));
  });
  afterAll(async () => {
    depot.close();
    await api.close();
  });

  it('runs the same use cases as the HTTP routes: what one writes, the other reads', async () => {
    const { id } = await unary(depot, 'CreateShoppingList', { orderId: 'g-1', items: [{ ...apple, quantity: 1 }, { ...apple, quantity: 1 }] });
    expect(await shoppingList(api, id)).toEqual({
      id,
      orderId: 'g-1',
      status: 'pending',
      assignedBotId: null,
      stops: { grocer: grocerStop },
      progress: { lastSeq: 0, atStoreId: null, picked: {}, stopsDone: [] },
    });
    expect(await api.ok('POST', '/api/depot/shopping', { orderId: 'g-1', items: [apple] })).toEqual({ id });
    await initiate(id);
    await unary(depot, 'AssignShoppingList', { id, botId: 'bot-1' });
    expect(await shoppingList(api, id)).toMatchObject({ status: 'assigned', assignedBotId: 'bot-1' });
    await unary(depot, 'CompleteShoppingList', { id });
    expect(await shoppingList(api, id)).toMatchObject({ status: 'completed', assignedBotId: 'bot-1' });

    const { id: other } = await api.ok<{ id: string }>('POST', '/api/depot/shopping', { orderId: 'g-2', items: [apple] });
    expect((await unary(depot, 'GetShoppingList', { id: other })).shoppingList).toEqual({
      id: other,
      orderId: 'g-2',
      status: 'pending',
      stops: { grocer: grocerStop },
      progress: { lastSeq: 0, picked: {}, stopsDone: [] },
    });
    await unary(depot, 'CancelShoppingList', { id: other });
    expect(await shoppingList(api, other)).toMatchObject({ status: 'canceled' });
  });

  it('answers a broken rule with INVALID_ARGUMENT and its message, and changes nothing', async () => {
    const id = await create('g-3');
    await expect(unary(depot, 'AssignShoppingList', { id, botId: 'bot-3' })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'the shopping list cannot be assigned',
    });
    await expect(unary(depot, 'CompleteShoppingList', { id })).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: 'the shopping list cannot be completed' });
    expect(await shoppingList(api, id)).toMatchObject({ status: 'pending', assignedBotId: null });

    await initiate(id);
    await expect(unary(depot, 'AssignShoppingList', { id, botId: ' ' })).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: 'the bot id cannot be blank' });
    expect(await shoppingList(api, id)).toMatchObject({ status: 'available', assignedBotId: null });
    await unary(depot, 'CancelShoppingList', { id });

    const invalid = { code: status.INVALID_ARGUMENT };
    await expect(unary(depot, 'CreateShoppingList', { orderId: 'g-4', items: [] })).rejects.toMatchObject({ ...invalid, details: 'the shopping list has no items' });
    await expect(unary(depot, 'CreateShoppingList', { orderId: 'g-4', items: [{ ...apple, quantity: 0 }] })).rejects.toMatchObject({
      ...invalid,
      details: 'the item quantity must be positive',
    });
    await expect(unary(depot, 'CreateShoppingList', { orderId: 'g-4', items: [{ ...apple, productId: 'kiwi' }] })).rejects.toMatchObject({ ...invalid, details: 'product not found' });
    // No list was made for the order: the next valid request makes one with its own items.
    const made = await unary(depot, 'CreateShoppingList', { orderId: 'g-4', items: [{ ...apple, quantity: 5 }] });
    expect(await shoppingList(api, made.id)).toMatchObject({ stops: { grocer: { items: { apple: { quantity: 5 } } } } });
  });

  it('names the field of a malformed request, as the HTTP API does', async () => {
    const invalid = (field: string) => ({ code: status.INVALID_ARGUMENT, details: expect.stringMatching(new RegExp(`^${field}: `)) });
    await expect(unary(depot, 'CreateShoppingList', { orderId: 'x'.repeat(101), items: [apple] })).rejects.toMatchObject(invalid('orderId'));
    await expect(unary(depot, 'CreateShoppingList', { orderId: 'g-5', items: [apple, { ...apple, storeId: 'x'.repeat(101) }] })).rejects.toMatchObject(
      invalid('items\\.1\\.storeId'),
    );
    await expect(unary(depot, 'AssignShoppingList', { id: 'any', botId: 'x'.repeat(101) })).rejects.toMatchObject(invalid('botId'));
    await expect(unary(depot, 'GetShoppingList', { id: 'x'.repeat(101) })).rejects.toMatchObject(invalid('id'));
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    const missing = { code: status.NOT_FOUND, details: 'the shopping list was not found' };
    await expect(unary(depot, 'GetShoppingList', { id: 'nope' })).rejects.toMatchObject(missing);
    await expect(unary(depot, 'CancelShoppingList', { id: 'nope' })).rejects.toMatchObject(missing);
    await expect(unary(depot, 'AssignShoppingList', { id: 'nope', botId: 'bot-1' })).rejects.toMatchObject(missing);
    await expect(unary(depot, 'CompleteShoppingList', { id: 'nope' })).rejects.toMatchObject(missing);
  });

  it("shows the progress of the bot holding the list: where it is and what it picked", async () => {
    const id = await create('g-6');
    await initiate(id);
    await unary(depot, 'AssignShoppingList', { id, botId: 'bot-6' });
    const bot = connectTestBot(api.app.grpcAddress, 'bot-6', botToken(fleetSecret({ dataDir: api.dataDir }), 'bot-6'));
    try {
      expect(await bot.next('assignment')).toMatchObject({ shoppingListId: id });
      for (const [seq, step] of [{ started: {} }, { arrived: { storeId: 'grocer' } }, { picked: { storeId: 'grocer', productId: 'apple', quantity: 1 } }].entries()) {
        expect(await bot.report(id, seq + 1, step)).toMatchObject({ outcome: 'APPLIED' });
      }
      expect((await unary(depot, 'GetShoppingList', { id })).shoppingList).toMatchObject({
        status: 'active',
        assignedBotId: 'bot-6',
        progress: { lastSeq: 3, atStoreId: 'grocer', picked: { grocer: { quantities: { apple: 1 } } }, stopsDone: [] },
      });
      expect(await shoppingList(api, id)).toMatchObject({ progress: { lastSeq: 3, atStoreId: 'grocer', picked: { grocer: { apple: 1 } }, stopsDone: [] } });
    } finally {
      bot.kill();
    }
  });
});
