import { RuleViolationError } from '@mallbots/eda';
import { DeciderSpecification } from '@mallbots/eda/testing';
import { describe, it } from 'vitest';
import type { ProgressReport } from './progress.js';
import { shoppingListDecider, type ShoppingListCommand, type ShoppingListEvent } from './shopping-list.js';

/** The walk's rules, through the decider: a list of two stops, held by bot-1. */
const given = DeciderSpecification.for(shoppingListDecider);
const stops = {
  grocer: { storeName: 'Grocer', storeLocation: 'Level 1', items: { apple: { productName: 'Apple', quantity: 2 }, pear: { productName: 'Pear', quantity: 1 } } },
  tools: { storeName: 'Tools', storeLocation: 'Level 2', items: { hammer: { productName: 'Hammer', quantity: 1 } } },
};
const botId = 'bot-1';
const assigned: ShoppingListEvent[] = [
  { type: 'ShoppingListCreated', data: { orderId: 'order-1', stops } },
  { type: 'ShoppingListAvailable', data: {} },
  { type: 'ShoppingListAssigned', data: { botId } },
];
const started = [...assigned, { type: 'ShoppingStarted', data: { botId, seq: 1 } } satisfies ShoppingListEvent];
const atGrocer = [...started, { type: 'StopArrived', data: { botId, seq: 2, storeId: 'grocer' } } satisfies ShoppingListEvent];
const applePicked = [...atGrocer, { type: 'ItemPicked', data: { botId, seq: 3, storeId: 'grocer', productId: 'apple', quantity: 1 } } satisfies ShoppingListEvent];
const grocerDone = [...applePicked, { type: 'StopCompleted', data: { botId, seq: 4, storeId: 'grocer' } } satisfies ShoppingListEvent];

/** `report` as the next report after `given`. */
const next = (given: ShoppingListEvent[], report: ProgressReport): ShoppingListCommand => ({
  type: 'ReportProgress',
  data: { botId, seq: given.filter((event) => 'seq' in event.data).length + 1, report },
});
const when = (events: ShoppingListEvent[], report: ProgressReport) => given(events).when(next(events, report));

describe("the rules of a bot's walk", () => {
  it('starts once, from assigned', () => {
    when(assigned, { type: 'started' }).then([{ type: 'ShoppingStarted', data: { botId, seq: 1 } }]);
    when(started, { type: 'started' }).thenThrows(RuleViolationError, 'the shopping has already started');
  });

  it('arrives, once started, at a stop of the list not done yet, while at no other', () => {
    when(started, { type: 'arrived', storeId: 'tools' }).then([{ type: 'StopArrived', data: { botId, seq: 2, storeId: 'tools' } }]);
    when(grocerDone, { type: 'arrived', storeId: 'tools' }).then([{ type: 'StopArrived', data: { botId, seq: 5, storeId: 'tools' } }]);
    when(assigned, { type: 'arrived', storeId: 'grocer' }).thenThrows(RuleViolationError, 'the shopping has not started');
    for (const storeId of ['bakery', '', 'constructor', '__proto__']) {
      when(started, { type: 'arrived', storeId }).thenThrows(RuleViolationError, 'the store is not a stop of the shopping list');
    }
    when(grocerDone, { type: 'arrived', storeId: 'grocer' }).thenThrows(RuleViolationError, 'the stop is already done');
    when(atGrocer, { type: 'arrived', storeId: 'tools' }).thenThrows(RuleViolationError, 'the bot is already at a stop');
    when(atGrocer, { type: 'arrived', storeId: 'grocer' }).thenThrows(RuleViolationError, 'the bot is already at a stop');
  });

  it('picks, at the store it is at, a product of that stop: a positive whole quantity, never more in all than listed', () => {
    const picked = (storeId: string, productId: string, quantity: number): ProgressReport => ({ type: 'picked', storeId, productId, quantity });
    when(atGrocer, picked('grocer', 'apple', 2)).then([{ type: 'ItemPicked', data: { botId, seq: 3, storeId: 'grocer', productId: 'apple', quantity: 2 } }]);
    when(applePicked, picked('grocer', 'apple', 1)).then([{ type: 'ItemPicked', data: { botId, seq: 4, storeId: 'grocer', productId: 'apple', quantity: 1 } }]);
    when(applePicked, picked('grocer', 'apple', 2)).thenThrows(RuleViolationError, 'more is picked than the stop lists');
    when(atGrocer, picked('grocer', 'pear', 2)).thenThrows(RuleViolationError, 'more is picked than the stop lists');
    when(started, picked('grocer', 'apple', 1)).thenThrows(RuleViolationError, 'the bot is not at the store');
    when(atGrocer, picked('tools', 'hammer', 1)).thenThrows(RuleViolationError, 'the bot is not at the store');
    when(grocerDone, picked('grocer', 'apple', 1)).thenThrows(RuleViolationError, 'the bot is not at the store');
    for (const productId of ['hammer', 'kiwi', 'constructor']) {
      when(atGrocer, picked('grocer', productId, 1)).thenThrows(RuleViolationError, 'the product is not on the stop');
    }
    for (const quantity of [0, -1, 1.5]) {
      when(atGrocer, picked('grocer', 'apple', quantity)).thenThrows(RuleViolationError, 'the picked quantity must be a positive whole number');
    }
  });

  it('finishes the stop it is at, even with less picked than listed', () => {
    when(atGrocer, { type: 'stopDone', storeId: 'grocer' }).then([{ type: 'StopCompleted', data: { botId, seq: 3, storeId: 'grocer' } }]);
    when(atGrocer, { type: 'stopDone', storeId: 'tools' }).thenThrows(RuleViolationError, 'the bot is not at the store');
    when(grocerDone, { type: 'stopDone', storeId: 'grocer' }).thenThrows(RuleViolationError, 'the bot is not at the store');
  });

  it('completes once every stop is done', () => {
    const toolsDone: ShoppingListEvent[] = [
      ...grocerDone,
      { type: 'StopArrived', data: { botId, seq: 5, storeId: 'tools' } },
      { type: 'StopCompleted', data: { botId, seq: 6, storeId: 'tools' } },
    ];
    when(toolsDone, { type: 'completed' }).then([{ type: 'ShoppingListCompleted', data: { seq: 7 } }]);
    when(grocerDone, { type: 'completed' }).thenThrows(RuleViolationError, 'the shopping list has stops not done');
    when(assigned, { type: 'completed' }).thenThrows(RuleViolationError, 'the shopping has not started');
  });

  it('fails at any point with a reason', () => {
    when(applePicked, { type: 'failed', reason: 'aisle blocked' }).then([{ type: 'ShoppingFailed', data: { botId, seq: 4, reason: 'aisle blocked' } }]);
    when(applePicked, { type: 'failed', reason: '  ' }).thenThrows(RuleViolationError, 'the failure reason cannot be blank');
  });
});
