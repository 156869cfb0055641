import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rule } from '../../testing/answers.js';
import { startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { handled, publishEvent, sendCommand } from '../../testing/messages.js';
import { shoppingList } from '../../testing/shop.js';
import { ProductAdded, StoreCreated, StoresTopics } from '../stores/contract.js';
import { DepotTopics, InitiateShopping } from './contract.js';

const apple = { productId: 'apple', storeId: 'grocer', quantity: 1 };
const tenTimes = <T>(work: (index: number) => Promise<T>): Promise<T[]> => Promise.all(Array.from({ length: 10 }, (_, index) => work(index)));

/**
 * Commands racing on shopping lists. On PostgreSQL transactions run side by side (READ COMMITTED),
 * so two may read the same rows before either writes: a list's version makes the later save a
 * conflict, and assignments to one bot take their turns, so each is decided on the winner's state.
 */
describe.each(['sqlite', 'postgres'] as const)('depot under concurrent commands on %s', (backend) => {
  let api: AppHarness;

  /** A new list for a new order, made `available` as the saga does. */
  const availableList = async (orderId: string): Promise<string> => {
    const { id } = await api.ok<{ id: string }>('POST', '/api/depot/shopping', { orderId, items: [apple] });
    const reply = await sendCommand(api, DepotTopics.commands, InitiateShopping, { shoppingListId: id });
    expect(reply.outcome).toBe('success');
    return id;
  };

  beforeAll(async () => {
    api = await startTestApp({ modules: ['depot'], backend });
    await handled(api, 'depot.catalog', await publishEvent(api, StoresTopics.store, StoreCreated, { storeId: 'grocer', name: 'Grocer', location: 'Level 1' }, 'grocer'));
    const product = { productId: 'apple', storeId: 'grocer', name: 'Apple', description: '', sku: 'a', priceCents: 100 };
    await handled(api, 'depot.catalog', await publishEvent(api, StoresTopics.product, ProductAdded, product, 'apple'));
  });
  afterAll(() => api.close());

  it('gives a list to one bot: of ten bots assigned it at once, one gets it, the others hear the rule', async () => {
    const id = await availableList('o-1');
    const answers = await tenTimes((bot) => api.call('PUT', `/api/depot/shopping/${id}/assign`, { botId: `bot-${bot}` }));
    const winner = answers.findIndex((answer) => answer.status === 200);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status !== 200)).toEqual(Array(9).fill(rule('the shopping list cannot be assigned')));
    expect(await shoppingList(api, id)).toMatchObject({ status: 'assigned', assignedBotId: `bot-${winner}` });
  });

  it('gives a bot one list: of ten lists assigned to it at once, it gets one, the others hear the rule', async () => {
    const ids = await tenTimes((list) => availableList(`o-bot-${list}`));
    const answers = await tenTimes((list) => api.call('PUT', `/api/depot/shopping/${ids[list]}/assign`, { botId: 'bot-busy' }));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status !== 200)).toEqual(Array(9).fill(rule('the bot already has a shopping list')));
  });

  it('makes one list per order: ten concurrent requests for an order get the same list', async () => {
    const answers = await tenTimes(() => api.call<{ id: string }>('POST', '/api/depot/shopping', { orderId: 'o-once', items: [apple] }));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
  });
});
