import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageRegistry, newId, RuleViolationError } from '@mallbots/eda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registerContracts } from '../../../contracts.js';
import type { AppDatabase } from '../../../platform/database.js';
import { migrateModule } from '../../../platform/migrate.js';
import { openSqliteDatabase } from '../../../platform/sqlite-database.js';
import { depotMigrations } from '../adapters/depot-migrations.js';
import { sqlDispatchBoard } from '../adapters/sql-dispatch-board.js';
import { sqlShoppingListRepository } from '../adapters/sql-shopping-list-repository.js';
import type { ShoppingListCommand } from '../domain/shopping-list.js';
import { createDispatcher, type Dispatcher } from './dispatcher.js';
import { createShoppingListExecutor } from './execute-shopping-list.js';

const products = { apple: { storeId: 'grocer', productName: 'Apple', storeName: 'Grocer', storeLocation: 'Level 1' } };

describe('dispatcher', () => {
  let dir: string;
  let db: AppDatabase;
  let dispatcher: Dispatcher;
  const execute = createShoppingListExecutor(sqlShoppingListRepository);
  const run = (id: string, command: ShoppingListCommand) => db.storage.transaction((tx) => execute(tx, id, command));
  const loadList = async (id: string) => (await sqlShoppingListRepository.load(db.read, id))?.state;
  const status = async (id: string) => (await loadList(id))?.status;

  /** A new list for a new order, `available` unless told otherwise. */
  const list = async (initiated = true): Promise<string> => {
    const id = newId();
    await run(id, { type: 'CreateShoppingList', data: { orderId: `order-${id}`, items: [{ productId: 'apple', storeId: 'grocer', quantity: 1 }], products } });
    if (initiated) await run(id, { type: 'InitiateShopping', data: {} });
    return id;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mallbots-dispatcher-'));
    db = openSqliteDatabase({ file: join(dir, 'depot.db'), registry: registerContracts(new MessageRegistry()) });
    await migrateModule(db.storage, 'depot', depotMigrations);
    dispatcher = createDispatcher({ storage: db.storage, read: db.read, board: sqlDispatchBoard, execute });
  });
  beforeEach(() => db.storage.transaction((tx) => tx.sql.run('DELETE FROM depot_shopping_lists')));
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers the available lists oldest first, and none that is pending or taken', async () => {
    expect(await dispatcher.nextAvailable()).toBeUndefined();
    await list(false);
    const first = await list();
    const second = await list();
    expect(await dispatcher.nextAvailable()).toBe(first);
    await dispatcher.assign(first, 'bot-1');
    expect(await status(first)).toBe('assigned');
    expect(await dispatcher.nextAvailable()).toBe(second);
    await dispatcher.assign(second, 'bot-2');
    expect(await dispatcher.nextAvailable()).toBeUndefined();
  });

  it('gives a bot one list at a time, and a list to one bot', async () => {
    const first = await list();
    const second = await list();
    await dispatcher.assign(first, 'bot-1');
    await expect(dispatcher.assign(second, 'bot-1')).rejects.toThrow(new RuleViolationError('the bot already has a shopping list'));
    await expect(dispatcher.assign(first, 'bot-2')).rejects.toThrow(new RuleViolationError('the shopping list cannot be assigned'));
    await run(first, { type: 'CompleteShoppingList', data: {} });
    await dispatcher.assign(second, 'bot-1');
    expect(await loadList(second)).toMatchObject({ status: 'assigned', assignedBotId: 'bot-1' });
  });

  it('frees the bot of a canceled list', async () => {
    const first = await list();
    const second = await list();
    await dispatcher.assign(first, 'bot-1');
    await run(first, { type: 'CancelShoppingList', data: {} });
    await dispatcher.assign(second, 'bot-1');
    expect(await status(second)).toBe('assigned');
  });

  it('takes a list back from its bot: available again, ahead of newer lists, for any bot', async () => {
    const first = await list();
    const newer = await list();
    await dispatcher.assign(first, 'bot-1');
    await dispatcher.release(first, 'bot-1');
    expect(await loadList(first)).toMatchObject({ status: 'available', assignedBotId: null });
    expect(await dispatcher.nextAvailable()).toBe(first);
    await dispatcher.assign(first, 'bot-2');
    await dispatcher.assign(newer, 'bot-1');
  });

  it('ignores a release by a bot that no longer holds the list', async () => {
    const first = await list();
    await dispatcher.assign(first, 'bot-1');
    await dispatcher.release(first, 'bot-1');
    await dispatcher.assign(first, 'bot-2');
    await dispatcher.release(first, 'bot-1');
    expect(await loadList(first)).toMatchObject({ status: 'assigned', assignedBotId: 'bot-2' });
    await run(first, { type: 'CompleteShoppingList', data: {} });
    await dispatcher.release(first, 'bot-2');
    expect(await status(first)).toBe('completed');
  });

  it('answers an unknown list as not found', async () => {
    await expect(dispatcher.assign('nope', 'bot-1')).rejects.toThrow('the shopping list was not found');
  });
});
