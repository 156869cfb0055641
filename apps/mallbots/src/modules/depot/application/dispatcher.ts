import type { Storage } from '@mallbots/eda';
import type { AppTx } from '../../../platform/database.js';
import { retryOnConflict } from '../../../platform/retry-on-conflict.js';
import type { Sql } from '../../../platform/sql.js';
import type { DispatchBoard } from './dispatch-board.js';
import type { ExecuteShoppingList } from './execute-shopping-list.js';

/**
 * Decides which shopper bot gets which shopping list: `available` lists go out oldest first, and a
 * bot holds one list at a time. The staff route that assigns a list goes through it, and so will
 * the robots' API: a bot that asks for work takes `nextAvailable()` with `assign` (another bot may
 * take that list first: `assign` then refuses and the bot asks again), and a bot that disconnects
 * or stalls loses its list with `release`.
 */
export interface Dispatcher {
  /** The list the next idle bot should take: the oldest `available` one, if any. */
  nextAvailable(): Promise<string | undefined>;
  /**
   * Gives the list to the bot: the list must be `available` ('the shopping list cannot be assigned')
   * and the bot must hold no other list ('the bot already has a shopping list'). Concurrent calls
   * are decided one after the other: each sees what the earlier ones did.
   */
  assign(shoppingListId: string, botId: string): Promise<void>;
  /**
   * Takes the list back from the bot: it becomes `available` for another bot. Changes nothing when
   * the bot no longer holds it (completed, canceled, or already released), so a late call is harmless.
   */
  release(shoppingListId: string, botId: string): Promise<void>;
}

export interface DispatcherDeps {
  storage: Storage<AppTx>;
  read: Sql;
  board: DispatchBoard;
  execute: ExecuteShoppingList;
}

export const createDispatcher = ({ storage, read, board, execute }: DispatcherDeps): Dispatcher => {
  const inTransaction = (work: (tx: AppTx) => Promise<unknown>): Promise<void> =>
    retryOnConflict(() => storage.transaction(async (tx) => void (await work(tx))));
  return {
    nextAvailable: () => board.oldestAvailable(read),
    assign: (shoppingListId, botId) =>
      inTransaction(async (tx) => {
        await board.takeBotsTurn(tx.sql, botId);
        const botIsBusy = (await board.heldBy(tx.sql, botId)) !== undefined;
        return execute(tx, shoppingListId, { type: 'AssignShoppingList', data: { botId, botIsBusy } });
      }),
    release: (shoppingListId, botId) => inTransaction((tx) => execute(tx, shoppingListId, { type: 'ReleaseShoppingList', data: { botId } })),
  };
};
