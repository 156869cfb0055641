import type { Message, Storage } from '@mallbots/eda';
import type { AppTx } from '../../../platform/database.js';
import { NotFoundError } from '../../../platform/errors.js';
import { retryOnConflict } from '../../../platform/retry-on-conflict.js';
import type { Sql } from '../../../platform/sql.js';
import type { ShoppingListStatus } from '../domain/shopping-list.js';
import type { ListItem, Stops } from '../domain/stops.js';
import type { ExecuteShoppingList } from './execute-shopping-list.js';
import type { ShoppingListRepository } from './shopping-list-repository.js';
import type { StoreCatalog } from './store-catalog.js';

export interface ShoppingListView {
  id: string;
  orderId: string;
  status: ShoppingListStatus;
  assignedBotId: string | null;
  stops: Stops;
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
    createList,
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
      const list = (await repository.load(read, id))?.list;
      if (!list?.status) throw new NotFoundError('the shopping list was not found');
      return { id, orderId: list.orderId, status: list.status, assignedBotId: list.assignedBotId, stops: list.stops };
    },
  };
};

export type ShoppingListsService = ReturnType<typeof createShoppingListsService>;
