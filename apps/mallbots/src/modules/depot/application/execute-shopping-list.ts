import type { Message } from '@mallbots/eda';
import type { AppTx } from '../../../platform/database.js';
import { publish } from '../../../platform/messaging.js';
import { decideAndSave } from '../../../platform/state-stored.js';
import {
  DepotTopics,
  ShoppingListAssigned,
  ShoppingListAvailable,
  ShoppingListCanceled,
  ShoppingListCompleted,
  ShoppingListCreated,
  ShoppingStarted,
  StopCompleted,
} from '../contract.js';
import { shoppingListDecider, type ShoppingList, type ShoppingListCommand, type ShoppingListEvent } from '../domain/shopping-list.js';
import type { ShoppingListRepository } from './shopping-list-repository.js';

/**
 * The integration event each domain event is published as: a released or failed list is available
 * again; where the bot is and what it picked stay in the depot (the list's view shows them).
 */
const publishEvent = async (tx: AppTx, shoppingListId: string, orderId: string, event: ShoppingListEvent, cause?: Message): Promise<void> => {
  const options = { key: shoppingListId, cause };
  const topic = DepotTopics.shoppingList;
  const ids = { shoppingListId, orderId };
  switch (event.type) {
    case 'ShoppingListCreated':
      return publish(tx, topic, ShoppingListCreated, ids, options);
    case 'ShoppingListAvailable':
    case 'ShoppingListReleased':
    case 'ShoppingFailed':
      return publish(tx, topic, ShoppingListAvailable, ids, options);
    case 'ShoppingListAssigned':
      return publish(tx, topic, ShoppingListAssigned, { ...ids, botId: event.data.botId }, options);
    case 'ShoppingListCompleted':
      return publish(tx, topic, ShoppingListCompleted, ids, options);
    case 'ShoppingListCanceled':
      return publish(tx, topic, ShoppingListCanceled, ids, options);
    case 'ShoppingStarted':
      return publish(tx, topic, ShoppingStarted, { ...ids, botId: event.data.botId }, options);
    case 'StopCompleted':
      return publish(tx, topic, StopCompleted, { ...ids, botId: event.data.botId, storeId: event.data.storeId }, options);
    case 'StopArrived':
    case 'ItemPicked':
      return;
  }
};

/** Only creating runs on an id with no list. */
const unknownList = { creates: 'CreateShoppingList', notFound: 'the shopping list was not found' } as const;

/** Runs one command on a shopping list inside `tx`; returns what happened (no events: nothing) and the list as it is afterwards. */
export type ExecuteShoppingList = (
  tx: AppTx,
  id: string,
  command: ShoppingListCommand,
  cause?: Message,
) => Promise<{ events: ShoppingListEvent[]; state: ShoppingList }>;

/**
 * Load, decide, save and publish in the caller's transaction. An unknown id is a `NotFoundError`
 * (except to create); a broken rule throws before anything is written; a save that loses to a
 * concurrent one throws the repository's `ConcurrencyError`, so the caller decides again.
 */
export const createShoppingListExecutor =
  (repository: ShoppingListRepository): ExecuteShoppingList =>
  async (tx, id, command, cause) => {
    const { events, state } = await decideAndSave(tx, shoppingListDecider, repository, id, command, unknownList);
    for (const event of events) await publishEvent(tx, id, state.orderId, event, cause);
    return { events, state };
  };
