import { status } from '@grpc/grpc-js';
import type { Message, Subscription } from '@mallbots/eda';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DepotTopics } from '../modules/depot/contract.js';
import { eventually, startTestApp, type AppHarness } from '../testing/app-harness.js';
import { connectTestBot, type TestBot } from '../testing/bot-client.js';
import { authorizePayment, checkout, createCatalog, orderReaches, registerCustomer, shoppingList, type Catalog } from '../testing/shop.js';
import { botToken } from './bot-token.js';
import { fleetSecret } from './fleet-secret.js';

/** Short enough to watch a silent bot lose its list, long enough for a loaded CI machine's heartbeats. */
const DEADLINE_MS = 2_500;

describe('the robots API', () => {
  let api: AppHarness;
  let catalog: Catalog;
  let secret: string;
  let observer: Subscription;
  /** Every event depot published about shopping lists, as staff would follow them. */
  const published: Message[] = [];
  const bots: TestBot[] = [];
  let botCount = 0;

  const connect = (options?: { heartbeats?: boolean; botId?: string }): TestBot => {
    const botId = options?.botId ?? `test-bot-${(botCount += 1)}`;
    const bot = connectTestBot(api.app.grpcAddress, botId, botToken(secret, botId), options);
    bots.push(bot);
    return bot;
  };

  /** An order approved by the saga, its list `available`; returns the order and list ids. */
  const approvedOrder = async (): Promise<{ orderId: string; listId: string }> => {
    const customerId = await registerCustomer(api);
    const paymentId = await authorizePayment(api, customerId, 19.98);
    const orderId = await checkout(api, customerId, paymentId, catalog, 2);
    return { orderId, listId: (await orderReaches(api, orderId, 'approved')).shoppingId };
  };

  /** Walks the list from report number `from`: started (unless skipped), the stop, both items, completed. */
  const walk = async (bot: TestBot, listId: string, from = 1): Promise<void> => {
    const steps = [
      { started: {} },
      { arrived: { storeId: catalog.storeId } },
      { picked: { storeId: catalog.storeId, productId: catalog.productId, quantity: 2 } },
      { stopDone: { storeId: catalog.storeId } },
      { completed: {} },
    ].slice(from - 1);
    for (const [index, step] of steps.entries()) expect(await bot.report(listId, from + index, step)).toMatchObject({ outcome: 'APPLIED' });
  };

  const count = (type: string, listId: string) => published.filter((message) => message.type === type && (message.data as { shoppingListId: string }).shoppingListId === listId).length;

  beforeAll(async () => {
    api = await startTestApp({ botDeadlineMs: DEADLINE_MS });
    secret = fleetSecret({ dataDir: api.dataDir });
    catalog = await createCatalog(api, 9.99);
    observer = await api.app.db.transport.subscribe(DepotTopics.shoppingList, async (message) => void published.push(message), {
      group: 'test.observer',
      startFrom: 'beginning',
    });
  });
  afterEach(() => bots.splice(0).forEach((bot) => bot.kill()));
  afterAll(async () => {
    await observer.close();
    await api.close();
  });

  it("hands an idle bot the order's list, takes its walk, and the order becomes ready", async () => {
    const bot = connect();
    expect(await bot.next('welcome')).toEqual({ heartbeatIntervalMs: Math.floor(DEADLINE_MS / 3), deadlineMs: DEADLINE_MS });
    const { orderId, listId } = await approvedOrder();

    const assignment = await bot.next('assignment');
    expect(assignment).toMatchObject({ shoppingListId: listId, orderId, lastSeq: 0, started: false, atStoreId: '' });
    expect(assignment.stops).toEqual([
      {
        storeId: catalog.storeId,
        storeName: 'Gadget Garage',
        storeLocation: 'Level 2',
        done: false,
        items: [{ productId: catalog.productId, productName: 'USB-C cable', quantity: 2, picked: 0 }],
      },
    ]);
    await walk(bot, listId);

    await orderReaches(api, orderId, 'ready');
    expect(await shoppingList(api, listId)).toMatchObject({ status: 'completed', assignedBotId: bot.botId });
    await eventually('the events staff follow', async () => (count('depotapi.ShoppingListCompleted', listId) === 1 ? true : undefined));
    expect(['depotapi.ShoppingListAssigned', 'depotapi.ShoppingStarted', 'depotapi.StopCompleted'].map((type) => count(type, listId))).toEqual([1, 1, 1]);
  });

  it('gives a repeated report no second effect and refuses one out of order', async () => {
    const bot = connect();
    const { listId } = await approvedOrder();
    await bot.next('assignment');

    expect(await bot.report(listId, 1, { started: {} })).toMatchObject({ seq: 1, outcome: 'APPLIED' });
    expect(await bot.report(listId, 1, { started: {} })).toMatchObject({ seq: 1, outcome: 'DUPLICATE' });
    expect(await bot.report(listId, 3, { arrived: { storeId: catalog.storeId } })).toMatchObject({ seq: 3, outcome: 'REFUSED', reason: 'the report is out of order' });
    expect((await shoppingList(api, listId)) as unknown).toMatchObject({ status: 'active', progress: { lastSeq: 1, atStoreId: null } });

    expect(await bot.report(listId, 2, { arrived: { storeId: 'elsewhere' } })).toMatchObject({ outcome: 'REFUSED' });
    await walk(bot, listId, 2);
    await eventually('the events', async () => (count('depotapi.ShoppingListCompleted', listId) === 1 ? true : undefined));
    expect(count('depotapi.ShoppingStarted', listId)).toBe(1);
  });

  it('gives the list of a killed bot to another bot after the deadline; the order becomes ready once', async () => {
    const doomed = connect();
    const { orderId, listId } = await approvedOrder();
    await doomed.next('assignment');
    expect(await doomed.report(listId, 1, { started: {} })).toMatchObject({ outcome: 'APPLIED' });
    doomed.kill();

    const rescuer = connect();
    const handedOver = await rescuer.next('assignment', 10 * DEADLINE_MS);
    expect(handedOver).toMatchObject({ shoppingListId: listId, lastSeq: 0, started: false });
    await walk(rescuer, listId);
    await orderReaches(api, orderId, 'ready');

    // The lost bot comes back and reports as if it still had the list: refused, nothing changes.
    const returned = connect({ botId: doomed.botId });
    await returned.next('welcome');
    expect(await returned.report(listId, 2, { arrived: { storeId: catalog.storeId } })).toMatchObject({
      outcome: 'REFUSED',
      reason: 'the shopping list is not held by the bot',
    });
    expect(await shoppingList(api, listId)).toMatchObject({ status: 'completed', assignedBotId: rescuer.botId });
    await eventually('the events', async () => (count('depotapi.ShoppingListCompleted', listId) === 1 ? true : undefined));
    expect(count('depotapi.ShoppingListAssigned', listId)).toBe(2);
    const readyTexts = async () =>
      (await api.ok<{ notifications: { orderId: string; kind: string }[] }>('GET', '/api/notifications')).notifications.filter(
        (each) => each.orderId === orderId && each.kind === 'order-ready',
      ).length;
    await eventually('the ready text', async () => ((await readyTexts()) > 0 ? true : undefined));
    expect(await readyTexts()).toBe(1);
  });

  it('takes the list from a bot that stays connected but sends no heartbeat', async () => {
    const stalled = connect({ heartbeats: false });
    const { listId } = await approvedOrder();
    await stalled.next('assignment');
    expect(await stalled.ended).toMatchObject({ code: status.DEADLINE_EXCEEDED });

    const rescuer = connect();
    expect(await rescuer.next('assignment', 10 * DEADLINE_MS)).toMatchObject({ shoppingListId: listId });
  });

  it('keeps the list of a bot that reconnects within the deadline, and resumes it where it was', async () => {
    const bot = connect();
    const { listId } = await approvedOrder();
    await bot.next('assignment');
    await bot.report(listId, 1, { started: {} });
    await bot.report(listId, 2, { arrived: { storeId: catalog.storeId } });
    bot.kill();

    const again = connect({ botId: bot.botId });
    expect(await again.next('assignment')).toMatchObject({ shoppingListId: listId, lastSeq: 2, started: true, atStoreId: catalog.storeId });
    await walk(again, listId, 3);
  });

  it('tells the bot when the order is canceled, and frees it for the next list', async () => {
    const bot = connect();
    const canceled = await approvedOrder();
    await bot.next('assignment');
    await api.ok('DELETE', `/api/ordering/${canceled.orderId}`);
    expect(await bot.next('cancellation')).toEqual({ shoppingListId: canceled.listId, reason: 'the order was canceled' });
    expect(await bot.report(canceled.listId, 1, { started: {} })).toMatchObject({ outcome: 'REFUSED' });

    const next = await approvedOrder();
    expect(await bot.next('assignment')).toMatchObject({ shoppingListId: next.listId });
  });

  it('refuses a bot without a valid token with UNAUTHENTICATED', async () => {
    const impostor = connectTestBot(api.app.grpcAddress, 'test-bot-impostor', botToken('another secret', 'test-bot-impostor'));
    expect(await impostor.ended).toMatchObject({ code: status.UNAUTHENTICATED, details: 'the bot token is not valid for this bot' });
    const borrowed = connectTestBot(api.app.grpcAddress, 'test-bot-borrower', botToken(secret, 'test-bot-1'));
    expect(await borrowed.ended).toMatchObject({ code: status.UNAUTHENTICATED });
    const anonymous = connectTestBot(api.app.grpcAddress, '', '');
    expect(await anonymous.ended).toMatchObject({ code: status.UNAUTHENTICATED });
  });

  it('ends the stream of a malformed message with INVALID_ARGUMENT naming the field, and changes nothing', async () => {
    const bot = connect();
    const { listId } = await approvedOrder();
    await bot.next('assignment');
    bot.send({ report: { shoppingListId: listId, seq: 1, picked: { storeId: catalog.storeId, productId: catalog.productId, quantity: 0 } } });
    expect(await bot.ended).toMatchObject({ code: status.INVALID_ARGUMENT, details: 'report.picked.quantity: must be at least 1' });
    expect((await shoppingList(api, listId)) as unknown).toMatchObject({ status: 'assigned', assignedBotId: bot.botId, progress: { lastSeq: 0 } });
  });
});
