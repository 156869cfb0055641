import type { Message, Subscription } from '@mallbots/eda';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { DepotTopics } from '../modules/depot/contract.js';
import { eventually, startTestApp, type AppHarness } from '../testing/app-harness.js';
import { authorizePayment, checkout, createCatalog, getOrder, registerCustomer } from '../testing/shop.js';
import { fleetSecret } from './fleet-secret.js';
import { startSimulatedBots } from './simulator.js';

/** Runs `work` over `items`, at most `limit` at a time. */
const inParallel = async <T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> => {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
};

describe('a fleet of simulated bots', () => {
  let api: AppHarness | undefined;
  let observer: Subscription | undefined;
  let fleet: { stop(): Promise<void> } | undefined;
  afterEach(async () => {
    await fleet?.stop();
    await observer?.close();
    await api?.close();
  });

  /**
   * Starts the app, `bots` simulated bots and an observer of depot's events; places `orders` orders
   * of one item. With disconnects, a short bot deadline lets the lists of the bots that went away
   * move on within the test; without, the default one keeps a busy machine from taking lists from
   * honest bots.
   */
  const run = async ({ bots, orders, failureRate, disconnectRate }: { bots: number; orders: number; failureRate: number; disconnectRate: number }) => {
    api = await startTestApp(disconnectRate > 0 ? { botDeadlineMs: 1_500 } : {});
    const app = api;
    const published: Message[] = [];
    observer = await app.app.db.transport.subscribe(DepotTopics.shoppingList, async (message) => void published.push(message), {
      group: 'test.observer',
      startFrom: 'beginning',
    });
    fleet = startSimulatedBots({
      count: bots,
      idPrefix: 'sim',
      server: app.app.grpcAddress,
      secret: fleetSecret({ dataDir: app.dataDir }),
      stopMs: 5,
      itemMs: 5,
      failureRate,
      disconnectRate,
      logger: pino({ level: 'silent' }),
    });
    const catalog = await createCatalog(app, 1);
    const orderIds = await inParallel(Array.from({ length: orders }, (_, index) => index), 8, async (index) => {
      const customerId = await registerCustomer(app, `Customer ${index}`);
      return checkout(app, customerId, await authorizePayment(app, customerId, 1), catalog, 1);
    });
    await eventually(
      'every order ready',
      async () => {
        const statuses = await inParallel(orderIds, 8, async (id) => (await getOrder(app, id))?.status);
        return statuses.every((status) => status === 'ready') ? true : undefined;
      },
      120_000,
    );
    const ofType = (type: string) => published.filter((message) => message.type === type).map((message) => message.data as { shoppingListId: string; botId?: string });
    await eventually('every completion observed', async () => (ofType('depotapi.ShoppingListCompleted').length >= orders ? true : undefined));
    return { ofType, published };
  };

  it('shops 200 orders with 50 bots: every order ready, each list assigned once and completed once, no bot on two lists at once', async () => {
    const { ofType, published } = await run({ bots: 50, orders: 200, failureRate: 0, disconnectRate: 0 });
    const assigned = ofType('depotapi.ShoppingListAssigned');
    const completed = ofType('depotapi.ShoppingListCompleted');
    expect(new Set(assigned.map((each) => each.shoppingListId)).size).toBe(200);
    expect(assigned).toHaveLength(200);
    expect(new Set(completed.map((each) => each.shoppingListId)).size).toBe(200);
    expect(completed).toHaveLength(200);
    // In the order depot published them: a bot completes its list before it is given the next.
    const botOf = new Map(assigned.map((each) => [each.shoppingListId, each.botId!]));
    const holding = new Map<string, string>();
    for (const { type, data } of published) {
      const { shoppingListId } = data as { shoppingListId: string };
      const botId = botOf.get(shoppingListId)!;
      if (type === 'depotapi.ShoppingListAssigned') {
        expect(holding.get(botId)).toBeUndefined();
        holding.set(botId, shoppingListId);
      } else if (type === 'depotapi.ShoppingListCompleted') {
        expect(holding.get(botId)).toBe(shoppingListId);
        holding.delete(botId);
      }
    }
    expect(new Set(botOf.values()).size).toBeGreaterThan(1);
  }, 180_000);

  it('still shops every order once when bots fail and drop their connections', async () => {
    const { ofType } = await run({ bots: 6, orders: 20, failureRate: 0.05, disconnectRate: 0.03 });
    const completed = ofType('depotapi.ShoppingListCompleted');
    expect(completed).toHaveLength(20);
    expect(new Set(completed.map((each) => each.shoppingListId)).size).toBe(20);
    // Some lists went back and were shopped by another bot (about 8 of 100 steps fail or disconnect).
    expect(ofType('depotapi.ShoppingListAssigned').length).toBeGreaterThan(20);
  }, 180_000);
});
