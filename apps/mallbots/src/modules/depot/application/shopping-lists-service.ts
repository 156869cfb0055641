import type { Message, Storage } from '@mallbots/eda';
import type { AppTx } from '../../../platform/database.js';
import { NotFoundError } from '../../../platform/errors.js';
import { retryOnConflict } from '../../../platform/retry-on-conflict.js';
import type { Sql } from '../../../platform/sql.js';
import type { Progress } from '../domain/progress.js';
import type { ShoppingListStatus } from '../domain/shopping-list.js';
import { ProductNotFoundError, type ListItem, type Stops } from '../domain/stops.js';
import type { ExecuteShoppingList } from './execute-shopping-list.js';
import type { ShoppingListRepository } from './shopping-list-repository.js';
import type { StoreCatalog } from './store-catalog.js';

export interface ShoppingListView {
  id: string;
  orderId: string;
  status: ShoppingListStatus;
  assignedBotId: string | null;
  stops: Stops;
  /** The progress the bot holding the list reported (see `Progress`). */
  progress: Progress;
}

/**
 * Deliveries of the saga's CreateShoppingList during which a product missing from the local copy
 * of the stores counts as the copy being a few moments behind (the command is redelivered with
 * backoff: about 1.5 s with the default backoff, while the copy usually lags by milliseconds); from
 * this attempt on, the product is not found.
 */
const CATALOG_CATCH_UP_ATTEMPTS = 6;

/** A product of a command is not in the local copy of the stores yet: the delivery is to be retried. */
class CatalogBehindError extends Error {
  override readonly name = 'CatalogBehindError';
}

export interface ShoppingListsServiceDeps {
  storage: Storage<AppTx>;
  read: Sql;
  repository: ShoppingListRepository;
  catalog: StoreCatalog;
  execute: ExecuteShoppingList;
  newId: () => string;
}

/**
 * The shopping lists' use cases. Those the saga drives run in the transaction of the command they
 * answer (`tx`, with the command as `cause`); the others open their own.
 */
export const createShoppingListsService = ({ storage, read, repository, catalog, execute, newId }: ShoppingListsServiceDeps) => {
  const inTransaction = <T>(work: (tx: AppTx) => Promise<T>): Promise<T> => retryOnConflict(() => storage.transaction(work));

  /** One list per order: for an order that has one already (a redelivered command), its id, unchanged. */
  const createList = async (tx: AppTx, data: { orderId: string; items: ListItem[] }, cause?: Message): Promise<string> => {
    const existing = await repository.findByOrder(tx.sql, data.orderId);
    if (existing !== undefined) return existing;
    const products = await catalog.products(tx.sql, [...new Set(data.items.map((item) => item.productId))]);
    const id = newId();
    await execute(tx, id, { type: 'CreateShoppingList', data: { ...data, products } }, cause);
    return id;
  };
  const cancelList = async (tx: AppTx, id: string, cause?: Message): Promise<void> => {
    await execute(tx, id, { type: 'CancelShoppingList', data: {} }, cause);
  };

  return {
    /**
     * The saga's CreateShoppingList, at delivery number `attempt` (1-based): a product the local
     * copy does not know yet throws `CatalogBehindError` (not a rule: the transport redelivers the
     * command) until the last catch-up attempt, which answers 'product not found'.
     */
    async createListOnCommand(tx: AppTx, data: { orderId: string; items: ListItem[] }, cause: Message, attempt: number): Promise<string> {
      try {
        return await createList(tx, data, cause);
      } catch (error) {
        if (error instanceof ProductNotFoundError && attempt < CATALOG_CATCH_UP_ATTEMPTS) {
          throw new CatalogBehindError(`a product of order ${data.orderId} is not in the local copy of the stores yet`, { cause: error });
        }
        throw error;
      }
    },
    cancelList,
    async initiate(tx: AppTx, id: string, cause: Message): Promise<void> {
      await execute(tx, id, { type: 'InitiateShopping', data: {} }, cause);
    },
    /** The order's list is canceled with it; throws the broken rule when it has none or it is completed. */
    async cancelForOrder(tx: AppTx, orderId: string, cause: Message): Promise<void> {
      const id = await repository.findByOrder(tx.sql, orderId);
      if (id === undefined) throw new NotFoundError('the order has no shopping list');
      await cancelList(tx, id, cause);
    },
    create: (data: { orderId: string; items: ListItem[] }) => inTransaction((tx) => createList(tx, data)),
    cancel: (id: string) => inTransaction((tx) => cancelList(tx, id)),
    complete: (id: string) => inTransaction(async (tx) => void (await execute(tx, id, { type: 'CompleteShoppingList', data: {} }))),
    async get(id: string): Promise<ShoppingListView> {
      const list = (await repository.load(read, id))?.state;
      if (!list?.status) throw new NotFoundError('the shopping list was not found');
      return { id, orderId: list.orderId, status: list.status, assignedBotId: list.assignedBotId, stops: list.stops, progress: list.progress };
    },
  };
};

export type ShoppingListsService = ReturnType<typeof createShoppingListsService>;
