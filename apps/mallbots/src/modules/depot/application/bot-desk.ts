import type { Storage } from '@mallbots/eda';
import type { AppTx } from '../../../platform/database.js';
import { NotFoundError } from '../../../platform/errors.js';
import { retryOnConflict } from '../../../platform/retry-on-conflict.js';
import type { Sql } from '../../../platform/sql.js';
import { pickedSoFar, type ProgressReport } from '../domain/progress.js';
import { holder, type ShoppingListStatus } from '../domain/shopping-list.js';
import type { DispatchBoard } from './dispatch-board.js';
import type { Dispatcher } from './dispatcher.js';
import type { ExecuteShoppingList } from './execute-shopping-list.js';
import type { ShoppingListRepository } from './shopping-list-repository.js';

/** A product to pick at a stop: how many the list asks for, and how many the bot has picked. */
export interface AssignmentItem {
  productId: string;
  productName: string;
  quantity: number;
  picked: number;
}

export interface AssignmentStop {
  storeId: string;
  storeName: string;
  storeLocation: string;
  /** The bot reported the stop done. */
  done: boolean;
  items: AssignmentItem[];
}

/** A shopping list as its bot follows it: the route, and how far the bot has got. */
export interface Assignment {
  shoppingListId: string;
  orderId: string;
  status: ShoppingListStatus;
  /** The bot holding the list (`assigned` or `active`); `null` when no bot does. */
  botId: string | null;
  /** In the order the list was made. */
  stops: AssignmentStop[];
  /** The number of the bot's last report applied (0 before any): its next report is `lastSeq + 1`. */
  lastSeq: number;
  /** The store of the stop the bot is at; `null` between stops. */
  atStoreId: string | null;
}

/**
 * What the robots' API asks of the depot. Each call runs in its own transaction, decided again on
 * fresh state when a concurrent change wins (`retryOnConflict`); a broken rule throws the
 * `RuleViolationError`, an unknown list a `NotFoundError`.
 */
export interface BotDesk {
  /** The list the next idle bot should take: the oldest `available` one (`Dispatcher.nextAvailable`). */
  nextAvailable(): Promise<string | undefined>;
  /** Gives the list to the bot (`Dispatcher.assign`): its progress starts over. */
  assign(shoppingListId: string, botId: string): Promise<void>;
  /** Takes the list back from the bot (`Dispatcher.release`); no change when the bot no longer holds it. */
  release(shoppingListId: string, botId: string): Promise<void>;
  /**
   * Applies the bot's report number `seq` (1, 2, 3… within an assignment) and publishes what it
   * means to others in the same transaction. `'duplicate'`: the bot sent that number before, and
   * nothing changed (not even a message). Refused: the list is not held by the bot (a bot that lost
   * it), a number that is not the next one ('the report is out of order'), a report the walk does
   * not allow. A `failed` report makes the list `available` again, for any bot.
   */
  report(shoppingListId: string, botId: string, seq: number, report: ProgressReport): Promise<'applied' | 'duplicate'>;
  /** The list as its bot follows it: to push to a bot, or to resume one after it reconnects. */
  assignment(shoppingListId: string): Promise<Assignment>;
  /** Every list a bot holds, with its bot, oldest list first: to take back those of bots that vanished. */
  held(): Promise<{ shoppingListId: string; botId: string }[]>;
  /** The list the bot holds, if any. */
  heldBy(botId: string): Promise<string | undefined>;
}

export interface BotDeskDeps {
  storage: Storage<AppTx>;
  read: Sql;
  repository: ShoppingListRepository;
  board: DispatchBoard;
  dispatcher: Dispatcher;
  execute: ExecuteShoppingList;
}

export const createBotDesk = ({ storage, read, repository, board, dispatcher, execute }: BotDeskDeps): BotDesk => ({
  nextAvailable: () => dispatcher.nextAvailable(),
  assign: (shoppingListId, botId) => dispatcher.assign(shoppingListId, botId),
  release: (shoppingListId, botId) => dispatcher.release(shoppingListId, botId),
  report: (shoppingListId, botId, seq, report) =>
    retryOnConflict(() =>
      storage.transaction(async (tx) => {
        const { events } = await execute(tx, shoppingListId, { type: 'ReportProgress', data: { botId, seq, report } });
        // An accepted report always has its event; only a repeat has none.
        return events.length > 0 ? 'applied' : 'duplicate';
      }),
    ),
  async assignment(shoppingListId) {
    const list = (await repository.load(read, shoppingListId))?.state;
    if (!list?.status) throw new NotFoundError('the shopping list was not found');
    const { progress } = list;
    return {
      shoppingListId,
      orderId: list.orderId,
      status: list.status,
      botId: holder(list),
      stops: Object.entries(list.stops).map(([storeId, stop]) => ({
        storeId,
        storeName: stop.storeName,
        storeLocation: stop.storeLocation,
        done: progress.stopsDone.includes(storeId),
        items: Object.entries(stop.items).map(([productId, item]) => ({
          productId,
          productName: item.productName,
          quantity: item.quantity,
          picked: pickedSoFar(progress, storeId, productId),
        })),
      })),
      lastSeq: progress.lastSeq,
      atStoreId: progress.atStoreId,
    };
  },
  held: () => board.held(read),
  heldBy: (botId) => board.heldBy(read, botId),
});
