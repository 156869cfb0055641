import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageRegistry, newId, RuleViolationError } from '@mallbots/eda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registerContracts } from '../../../contracts.js';
import type { AppDatabase } from '../../../platform/database.js';
import { NotFoundError } from '../../../platform/errors.js';
import { migrateModule } from '../../../platform/migrate.js';
import { openSqliteDatabase } from '../../../platform/sqlite-database.js';
import { depotMigrations } from '../adapters/depot-migrations.js';
import { sqlDispatchBoard } from '../adapters/sql-dispatch-board.js';
import { sqlShoppingListRepository } from '../adapters/sql-shopping-list-repository.js';
import { DepotTopics } from '../contract.js';
import type { ProgressReport } from '../domain/progress.js';
import type { ShoppingListCommand } from '../domain/shopping-list.js';
import { createBotDesk, type BotDesk } from './bot-desk.js';
import { createDispatcher } from './dispatcher.js';
import { createShoppingListExecutor } from './execute-shopping-list.js';

const products = {
  apple: { storeId: 'grocer', productName: 'Apple', storeName: 'Grocer', storeLocation: 'Level 1' },
  pear: { storeId: 'grocer', productName: 'Pear', storeName: 'Grocer', storeLocation: 'Level 1' },
  hammer: { storeId: 'tools', productName: 'Hammer', storeName: 'Tools', storeLocation: 'Level 2' },
};
const items = [
  { productId: 'apple', storeId: 'grocer', quantity: 2 },
  { productId: 'hammer', storeId: 'tools', quantity: 1 },
  { productId: 'pear', storeId: 'grocer', quantity: 1 },
];
const started: ProgressReport = { type: 'started' };
const arrived = (storeId: string): ProgressReport => ({ type: 'arrived', storeId });
const picked = (storeId: string, productId: string, quantity: number): ProgressReport => ({ type: 'picked', storeId, productId, quantity });
const stopDone = (storeId: string): ProgressReport => ({ type: 'stopDone', storeId });

describe('bot desk (on the SQLite app database)', () => {
  let dir: string;
  let db: AppDatabase;
  let desk: BotDesk;
  const execute = createShoppingListExecutor(sqlShoppingListRepository);
  const run = (id: string, command: ShoppingListCommand) => db.storage.transaction((tx) => execute(tx, id, command));
  const stored = (id: string) => sqlShoppingListRepository.load(db.read, id);

  /** A new `available` list for a new order. */
  const list = async (): Promise<string> => {
    const id = newId();
    await run(id, { type: 'CreateShoppingList', data: { orderId: `order-${id}`, items, products } });
    await run(id, { type: 'InitiateShopping', data: {} });
    return id;
  };
  /** The integration events published for the list, in order, as type and data. */
  const published = async (id: string) =>
    (await db.log!.read(DepotTopics.shoppingList, 0, 10_000)).filter((record) => record.key === id).map(({ message }) => ({ type: message.type, data: message.data }));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mallbots-bot-desk-'));
    db = openSqliteDatabase({ file: join(dir, 'depot.db'), registry: registerContracts(new MessageRegistry()) });
    await migrateModule(db.storage, 'depot', depotMigrations);
    const dispatcher = createDispatcher({ storage: db.storage, read: db.read, board: sqlDispatchBoard, execute });
    desk = createBotDesk({ storage: db.storage, read: db.read, repository: sqlShoppingListRepository, board: sqlDispatchBoard, dispatcher, execute });
  });
  beforeEach(() => db.storage.transaction((tx) => tx.sql.run('DELETE FROM depot_shopping_lists')));
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('follows a bot through its list to completion, publishing what others follow', async () => {
    const id = await list();
    expect(await desk.nextAvailable()).toBe(id);
    await desk.assign(id, 'bot-1');
    const reports = [
      started,
      arrived('grocer'),
      picked('grocer', 'apple', 1),
      picked('grocer', 'apple', 1),
      picked('grocer', 'pear', 1),
      stopDone('grocer'),
      arrived('tools'),
      picked('tools', 'hammer', 1),
    ];
    for (const [index, report] of reports.entries()) expect(await desk.report(id, 'bot-1', index + 1, report)).toBe('applied');

    expect(await desk.assignment(id)).toEqual({
      shoppingListId: id,
      orderId: `order-${id}`,
      status: 'active',
      botId: 'bot-1',
      stops: [
        {
          storeId: 'grocer',
          storeName: 'Grocer',
          storeLocation: 'Level 1',
          done: true,
          items: [
            { productId: 'apple', productName: 'Apple', quantity: 2, picked: 2 },
            { productId: 'pear', productName: 'Pear', quantity: 1, picked: 1 },
          ],
        },
        { storeId: 'tools', storeName: 'Tools', storeLocation: 'Level 2', done: false, items: [{ productId: 'hammer', productName: 'Hammer', quantity: 1, picked: 1 }] },
      ],
      lastSeq: 8,
      atStoreId: 'tools',
    });

    expect(await desk.report(id, 'bot-1', 9, stopDone('tools'))).toBe('applied');
    expect(await desk.report(id, 'bot-1', 10, { type: 'completed' })).toBe('applied');
    expect((await stored(id))?.state).toMatchObject({ status: 'completed', assignedBotId: 'bot-1', progress: { lastSeq: 10, stopsDone: ['grocer', 'tools'] } });
    const ids = { shoppingListId: id, orderId: `order-${id}` };
    expect(await published(id)).toEqual([
      { type: 'depotapi.ShoppingListCreated', data: ids },
      { type: 'depotapi.ShoppingListAvailable', data: ids },
      { type: 'depotapi.ShoppingListAssigned', data: { ...ids, botId: 'bot-1' } },
      { type: 'depotapi.ShoppingStarted', data: { ...ids, botId: 'bot-1' } },
      { type: 'depotapi.StopCompleted', data: { ...ids, botId: 'bot-1', storeId: 'grocer' } },
      { type: 'depotapi.StopCompleted', data: { ...ids, botId: 'bot-1', storeId: 'tools' } },
      { type: 'depotapi.ShoppingListCompleted', data: ids },
    ]);
    // The bot resending its last report, unanswered, is told it is a repeat; the list is no one's now.
    expect(await desk.report(id, 'bot-1', 10, { type: 'completed' })).toBe('duplicate');
    expect((await desk.assignment(id)).botId).toBeNull();
    expect(await desk.held()).toEqual([]);
  });

  it('answers a repeated report as a duplicate: no change, no second message', async () => {
    const id = await list();
    await desk.assign(id, 'bot-1');
    expect(await desk.report(id, 'bot-1', 1, started)).toBe('applied');
    expect(await desk.report(id, 'bot-1', 2, arrived('grocer'))).toBe('applied');
    const before = await stored(id);
    const messages = (await published(id)).length;
    expect(await desk.report(id, 'bot-1', 1, started)).toBe('duplicate');
    expect(await desk.report(id, 'bot-1', 2, arrived('grocer'))).toBe('duplicate');
    expect(await stored(id)).toEqual(before);
    expect(await published(id)).toHaveLength(messages);
  });

  it('applies one of two identical reports sent at once, and publishes it once', async () => {
    const id = await list();
    await desk.assign(id, 'bot-1');
    const answers = await Promise.all([desk.report(id, 'bot-1', 1, started), desk.report(id, 'bot-1', 1, started)]);
    expect(answers.sort()).toEqual(['applied', 'duplicate']);
    expect((await published(id)).filter((message) => message.type === 'depotapi.ShoppingStarted')).toHaveLength(1);
  });

  it('refuses a report out of order, and changes nothing', async () => {
    const id = await list();
    await desk.assign(id, 'bot-1');
    await desk.report(id, 'bot-1', 1, started);
    const before = await stored(id);
    const messages = (await published(id)).length;
    await expect(desk.report(id, 'bot-1', 3, arrived('grocer'))).rejects.toThrow(new RuleViolationError('the report is out of order'));
    expect(await stored(id)).toEqual(before);
    expect(await published(id)).toHaveLength(messages);
    expect(await desk.report(id, 'bot-1', 2, arrived('grocer'))).toBe('applied');
  });

  it("refuses another bot's report", async () => {
    const id = await list();
    await desk.assign(id, 'bot-1');
    await expect(desk.report(id, 'bot-2', 1, started)).rejects.toThrow(new RuleViolationError('the shopping list is not held by the bot'));
    expect((await stored(id))?.state).toMatchObject({ status: 'assigned', progress: { lastSeq: 0 } });
  });

  it('makes a failed list available again: another bot gets it and starts over, the failed bot is refused', async () => {
    const id = await list();
    await desk.assign(id, 'bot-1');
    await desk.report(id, 'bot-1', 1, started);
    await desk.report(id, 'bot-1', 2, arrived('grocer'));
    expect(await desk.report(id, 'bot-1', 3, { type: 'failed', reason: 'wheel stuck' })).toBe('applied');
    expect((await stored(id))?.state).toMatchObject({ status: 'available', assignedBotId: null, progress: { lastSeq: 0, atStoreId: null } });
    expect((await published(id)).at(-1)).toEqual({ type: 'depotapi.ShoppingListAvailable', data: { shoppingListId: id, orderId: `order-${id}` } });
    expect(await desk.heldBy('bot-1')).toBeUndefined();

    expect(await desk.nextAvailable()).toBe(id);
    await desk.assign(id, 'bot-2');
    await expect(desk.report(id, 'bot-1', 4, picked('grocer', 'apple', 1))).rejects.toThrow(new RuleViolationError('the shopping list is not held by the bot'));
    expect(await desk.report(id, 'bot-2', 1, started)).toBe('applied');
    expect(await desk.assignment(id)).toMatchObject({ status: 'active', botId: 'bot-2', lastSeq: 1, atStoreId: null });
  });

  it("refuses a released bot's late report; its list starts over with the next bot", async () => {
    const id = await list();
    await desk.assign(id, 'bot-1');
    await desk.report(id, 'bot-1', 1, started);
    await desk.release(id, 'bot-1');
    await expect(desk.report(id, 'bot-1', 2, arrived('grocer'))).rejects.toThrow(new RuleViolationError('the shopping list is not held by the bot'));
    await desk.assign(id, 'bot-2');
    expect(await desk.assignment(id)).toMatchObject({ status: 'assigned', botId: 'bot-2', lastSeq: 0 });
  });

  it('lists the lists bots hold, oldest first, and the list of one bot', async () => {
    const first = await list();
    const second = await list();
    const third = await list();
    await desk.assign(second, 'bot-2');
    await desk.assign(first, 'bot-1');
    await desk.report(first, 'bot-1', 1, started);
    await desk.assign(third, 'bot-3');
    await desk.release(third, 'bot-3');
    expect(await desk.held()).toEqual([
      { shoppingListId: first, botId: 'bot-1' },
      { shoppingListId: second, botId: 'bot-2' },
    ]);
    expect(await desk.heldBy('bot-1')).toBe(first);
    expect(await desk.heldBy('bot-3')).toBeUndefined();
  });

  it('answers an unknown list as not found', async () => {
    await expect(desk.assignment('nope')).rejects.toThrow(new NotFoundError('the shopping list was not found'));
    await expect(desk.report('nope', 'bot-1', 1, started)).rejects.toThrow(new NotFoundError('the shopping list was not found'));
  });
});
