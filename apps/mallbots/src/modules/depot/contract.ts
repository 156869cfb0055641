import { z } from 'zod';
import { commandSpec, messageSpec } from '../../platform/contract-kit.js';

/** What other modules may know of the depot's shopping lists: integration events and commands. */
export const DepotTopics = {
  shoppingList: 'mallbots.depot.events.ShoppingList',
  commands: 'mallbots.depot.commands',
} as const;

const shoppingListId = z.string().min(1);
const orderId = z.string().min(1);
const botId = z.string().min(1);

export const ShoppingListCreated = messageSpec('depotapi.ShoppingListCreated', z.object({ shoppingListId, orderId }));
export const ShoppingListAvailable = messageSpec('depotapi.ShoppingListAvailable', z.object({ shoppingListId, orderId }));
export const ShoppingListAssigned = messageSpec('depotapi.ShoppingListAssigned', z.object({ shoppingListId, orderId, botId }));
/** The bot holding the list reported it set off. */
export const ShoppingStarted = messageSpec('depotapi.ShoppingStarted', z.object({ shoppingListId, orderId, botId }));
/** The bot holding the list reported it is done at the stop of store `storeId`. */
export const StopCompleted = messageSpec('depotapi.StopCompleted', z.object({ shoppingListId, orderId, botId, storeId: z.string().min(1) }));
export const ShoppingListCompleted = messageSpec('depotapi.ShoppingListCompleted', z.object({ shoppingListId, orderId }));
export const ShoppingListCanceled = messageSpec('depotapi.ShoppingListCanceled', z.object({ shoppingListId, orderId }));

/** Creates the list of stops for an order; the reply carries its id. Fails when a product is unknown. */
export const CreateShoppingList = commandSpec(
  'depotapi.CreateShoppingList',
  z.object({
    orderId,
    items: z.array(z.object({ productId: z.string().min(1), storeId: z.string().min(1), quantity: z.number().int().positive() })).min(1),
  }),
  z.object({ shoppingListId }),
);
/** Saga compensation: the list becomes `canceled` (no change when it is already). */
export const CancelShoppingList = commandSpec('depotapi.CancelShoppingList', z.object({ shoppingListId }));
/** The list becomes `available` for a shopper bot. */
export const InitiateShopping = commandSpec('depotapi.InitiateShopping', z.object({ shoppingListId }));

export const depotContract = [
  ShoppingListCreated,
  ShoppingListAvailable,
  ShoppingListAssigned,
  ShoppingStarted,
  StopCompleted,
  ShoppingListCompleted,
  ShoppingListCanceled,
  CreateShoppingList,
  CancelShoppingList,
  InitiateShopping,
];
