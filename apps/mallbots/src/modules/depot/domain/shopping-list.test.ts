import { RuleViolationError } from '@mallbots/eda';
import { DeciderSpecification } from '@mallbots/eda/testing';
import { describe, expect, it } from 'vitest';
import { shoppingListDecider, type ShoppingList, type ShoppingListCommand, type ShoppingListEvent } from './shopping-list.js';

const given = DeciderSpecification.for(shoppingListDecider);
const products = { apple: { storeId: 'grocer', productName: 'Apple', storeName: 'Grocer', storeLocation: 'Level 1' } };
const stops = { grocer: { storeName: 'Grocer', storeLocation: 'Level 1', items: { apple: { productName: 'Apple', quantity: 2 } } } };
const created: ShoppingListEvent = { type: 'ShoppingListCreated', data: { orderId: 'order-1', stops } };
const available: ShoppingListEvent = { type: 'ShoppingListAvailable', data: {} };
const assigned: ShoppingListEvent = { type: 'ShoppingListAssigned', data: { botId: 'bot-1' } };
const completed: ShoppingListEvent = { type: 'ShoppingListCompleted', data: {} };
const canceled: ShoppingListEvent = { type: 'ShoppingListCanceled', data: {} };

const create = (orderId = 'order-1'): ShoppingListCommand => ({
  type: 'CreateShoppingList',
  data: { orderId, items: [{ productId: 'apple', storeId: 'grocer', quantity: 2 }], products },
});
const initiate: ShoppingListCommand = { type: 'InitiateShopping', data: {} };
const cancel: ShoppingListCommand = { type: 'CancelShoppingList', data: {} };
const complete: ShoppingListCommand = { type: 'CompleteShoppingList', data: {} };
const assign = (botId = 'bot-1', botIsBusy = false): ShoppingListCommand => ({ type: 'AssignShoppingList', data: { botId, botIsBusy } });
const release = (botId = 'bot-1'): ShoppingListCommand => ({ type: 'ReleaseShoppingList', data: { botId } });
/** `active` comes from the bots' reports, which no command here makes yet: its rules are checked on the state. */
const active: ShoppingList = { status: 'active', orderId: 'order-1', stops, assignedBotId: 'bot-1' };

describe('shopping list decider', () => {
  it('creates a pending list with its stops, once', () => {
    given([]).when(create()).then([created]);
    given([created]).when(create()).thenThrows(RuleViolationError, 'the shopping list already exists');
  });

  it('refuses a blank order id and the item rules of the stops', () => {
    given([]).when(create(' ')).thenThrows(RuleViolationError, 'the order id cannot be blank');
    given([]).when({ type: 'CreateShoppingList', data: { orderId: 'order-1', items: [{ productId: 'kiwi', storeId: 'grocer', quantity: 1 }], products } }).thenThrows(RuleViolationError, 'product not found');
  });

  it('refuses every command on a list that was never created', () => {
    for (const command of [initiate, cancel, complete, assign(), release()]) {
      given([]).when(command).thenThrows(RuleViolationError, 'the shopping list was not found');
    }
  });

  it('makes a pending list available; initiating again changes nothing, a canceled list cannot be initiated', () => {
    given([created]).when(initiate).then([available]);
    given([created, available]).when(initiate).thenNothingHappened();
    given([created, available, assigned]).when(initiate).thenNothingHappened();
    given([created, canceled]).when(initiate).thenThrows(RuleViolationError, 'the shopping list cannot be initiated');
  });

  it('assigns an available list to a non-blank bot that holds no other list', () => {
    given([created, available]).when(assign()).then([assigned]);
    given([created, available]).when(assign('  ')).thenThrows(RuleViolationError, 'the bot id cannot be blank');
    given([created, available]).when(assign('bot-1', true)).thenThrows(RuleViolationError, 'the bot already has a shopping list');
    given([created]).when(assign()).thenThrows(RuleViolationError, 'the shopping list cannot be assigned');
    given([created, available, assigned]).when(assign('bot-2')).thenThrows(RuleViolationError, 'the shopping list cannot be assigned');
    given([created, available, assigned, completed]).when(assign()).thenThrows(RuleViolationError, 'the shopping list cannot be assigned');
  });

  it('releases a list back to available only for the bot that holds it', () => {
    const released: ShoppingListEvent = { type: 'ShoppingListReleased', data: { botId: 'bot-1' } };
    given([created, available, assigned]).when(release()).then([released]);
    expect(shoppingListDecider.decide(release(), active)).toEqual([released]);
    expect(shoppingListDecider.evolve(active, released)).toEqual({ ...active, status: 'available', assignedBotId: null });
    given([created, available, assigned]).when(release('bot-2')).thenNothingHappened();
    given([created, available, assigned, released]).when(release()).thenNothingHappened();
    given([created, available, assigned, completed]).when(release()).thenNothingHappened();
  });

  it('completes an assigned or active list and nothing else', () => {
    given([created, available, assigned]).when(complete).then([completed]);
    expect(shoppingListDecider.decide(complete, active)).toEqual([completed]);
    given([created]).when(complete).thenThrows(RuleViolationError, 'the shopping list cannot be completed');
    given([created, available]).when(complete).thenThrows(RuleViolationError, 'the shopping list cannot be completed');
    given([created, available, assigned, completed]).when(complete).thenThrows(RuleViolationError, 'the shopping list cannot be completed');
    given([created, canceled]).when(complete).thenThrows(RuleViolationError, 'the shopping list cannot be completed');
  });

  it('cancels any list not completed; a canceled one stays as it is', () => {
    given([created]).when(cancel).then([canceled]);
    given([created, available, assigned]).when(cancel).then([canceled]);
    expect(shoppingListDecider.decide(cancel, active)).toEqual([canceled]);
    given([created, canceled]).when(cancel).thenNothingHappened();
    given([created, available, assigned, completed]).when(cancel).thenThrows(RuleViolationError, 'the shopping list cannot be canceled');
  });
});
