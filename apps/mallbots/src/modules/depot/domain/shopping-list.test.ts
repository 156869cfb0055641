import { evolveAll, RuleViolationError } from '@mallbots/eda';
import { DeciderSpecification } from '@mallbots/eda/testing';
import { describe, expect, it } from 'vitest';
import { noProgress, type ProgressReport } from './progress.js';
import { holder, shoppingListDecider, type ShoppingListCommand, type ShoppingListEvent } from './shopping-list.js';

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
const report = (seq: number, what: ProgressReport, botId = 'bot-1'): ShoppingListCommand => ({ type: 'ReportProgress', data: { botId, seq, report: what } });
const started: ShoppingListEvent = { type: 'ShoppingStarted', data: { botId: 'bot-1', seq: 1 } };
const arrived: ShoppingListEvent = { type: 'StopArrived', data: { botId: 'bot-1', seq: 2, storeId: 'grocer' } };
const picked: ShoppingListEvent = { type: 'ItemPicked', data: { botId: 'bot-1', seq: 3, storeId: 'grocer', productId: 'apple', quantity: 2 } };
const stopDone: ShoppingListEvent = { type: 'StopCompleted', data: { botId: 'bot-1', seq: 4, storeId: 'grocer' } };
/** A list its bot has started: `active`. */
const active = [created, available, assigned, started];
const state = (events: ShoppingListEvent[]) => evolveAll(shoppingListDecider, events);

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
    for (const command of [initiate, cancel, complete, assign(), release(), report(1, { type: 'started' })]) {
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
    given(active).when(release()).then([released]);
    expect(state([...active, arrived, released])).toEqual({ ...state(active), status: 'available', assignedBotId: null, progress: noProgress() });
    given([created, available, assigned]).when(release('bot-2')).thenNothingHappened();
    given([created, available, assigned, released]).when(release()).thenNothingHappened();
    given([created, available, assigned, completed]).when(release()).thenNothingHappened();
  });

  it('completes an assigned or active list and nothing else', () => {
    given([created, available, assigned]).when(complete).then([completed]);
    given(active).when(complete).then([completed]);
    given([created]).when(complete).thenThrows(RuleViolationError, 'the shopping list cannot be completed');
    given([created, available]).when(complete).thenThrows(RuleViolationError, 'the shopping list cannot be completed');
    given([created, available, assigned, completed]).when(complete).thenThrows(RuleViolationError, 'the shopping list cannot be completed');
    given([created, canceled]).when(complete).thenThrows(RuleViolationError, 'the shopping list cannot be completed');
  });

  it('cancels any list not completed; a canceled one stays as it is', () => {
    given([created]).when(cancel).then([canceled]);
    given([created, available, assigned]).when(cancel).then([canceled]);
    given(active).when(cancel).then([canceled]);
    given([created, canceled]).when(cancel).thenNothingHappened();
    given([created, available, assigned, completed]).when(cancel).thenThrows(RuleViolationError, 'the shopping list cannot be canceled');
  });

  it('names the bot holding the list only while it is assigned or active', () => {
    expect(holder(state([created, available]))).toBeNull();
    expect(holder(state([created, available, assigned]))).toBe('bot-1');
    expect(holder(state(active))).toBe('bot-1');
    expect(holder(state([...active, completed]))).toBeNull();
  });
});

describe("shopping list decider: the bot's reports", () => {
  it('takes a report numbered next from the bot holding the list, and keeps its number', () => {
    given([created, available, assigned]).when(report(1, { type: 'started' })).then([started]);
    given(active).when(report(2, { type: 'arrived', storeId: 'grocer' })).then([arrived]);
    expect(state(active)).toMatchObject({ status: 'active', progress: { lastSeq: 1 } });
    expect(state([...active, arrived]).progress).toEqual({ lastSeq: 2, atStoreId: 'grocer', picked: {}, stopsDone: [] });
    expect(state([...active, arrived, picked]).progress).toEqual({ lastSeq: 3, atStoreId: 'grocer', picked: { grocer: { apple: 2 } }, stopsDone: [] });
    expect(state([...active, arrived, picked, stopDone]).progress).toEqual({ lastSeq: 4, atStoreId: null, picked: { grocer: { apple: 2 } }, stopsDone: ['grocer'] });
  });

  it('adds up the picks of one product at a stop', () => {
    const onePicked: ShoppingListEvent = { type: 'ItemPicked', data: { botId: 'bot-1', seq: 3, storeId: 'grocer', productId: 'apple', quantity: 1 } };
    const again: ShoppingListEvent = { type: 'ItemPicked', data: { botId: 'bot-1', seq: 4, storeId: 'grocer', productId: 'apple', quantity: 1 } };
    given([...active, arrived, onePicked]).when(report(4, { type: 'picked', storeId: 'grocer', productId: 'apple', quantity: 1 })).then([again]);
    expect(state([...active, arrived, onePicked, again]).progress.picked).toEqual({ grocer: { apple: 2 } });
  });

  it('changes nothing for a number the bot used already, even once the list is completed or canceled', () => {
    given(active).when(report(1, { type: 'started' })).thenNothingHappened();
    given([...active, arrived]).when(report(1, { type: 'failed', reason: 'a different report under an old number' })).thenNothingHappened();
    const completedByBot: ShoppingListEvent = { type: 'ShoppingListCompleted', data: { seq: 5 } };
    given([...active, arrived, picked, stopDone, completedByBot]).when(report(5, { type: 'completed' })).thenNothingHappened();
    given([...active, arrived, canceled]).when(report(2, { type: 'arrived', storeId: 'grocer' })).thenNothingHappened();
  });

  it('refuses a number that is not the next one, and one that is not a positive whole number', () => {
    given([created, available, assigned]).when(report(2, { type: 'started' })).thenThrows(RuleViolationError, 'the report is out of order');
    given(active).when(report(3, { type: 'arrived', storeId: 'grocer' })).thenThrows(RuleViolationError, 'the report is out of order');
    for (const seq of [0, -1, 1.5, Number.NaN]) {
      given([created, available, assigned]).when(report(seq, { type: 'started' })).thenThrows(RuleViolationError, 'the report number must be a positive whole number');
    }
  });

  it('refuses a report from a bot that does not hold the list: another bot, or one that lost it', () => {
    const notHeld = 'the shopping list is not held by the bot';
    given(active).when(report(2, { type: 'arrived', storeId: 'grocer' }, 'bot-2')).thenThrows(RuleViolationError, notHeld);
    given(active).when(report(1, { type: 'started' }, 'bot-2')).thenThrows(RuleViolationError, notHeld);
    given([created, available]).when(report(1, { type: 'started' })).thenThrows(RuleViolationError, notHeld);
    const released: ShoppingListEvent = { type: 'ShoppingListReleased', data: { botId: 'bot-1' } };
    // Its progress went with the list: even a number it used is not a repeat any more.
    given([...active, arrived, released]).when(report(2, { type: 'arrived', storeId: 'grocer' })).thenThrows(RuleViolationError, notHeld);
    given([...active, arrived, released]).when(report(3, { type: 'picked', storeId: 'grocer', productId: 'apple', quantity: 1 })).thenThrows(RuleViolationError, notHeld);
    given([...active, completed]).when(report(2, { type: 'arrived', storeId: 'grocer' })).thenThrows(RuleViolationError, notHeld);
    given([...active, canceled]).when(report(2, { type: 'arrived', storeId: 'grocer' })).thenThrows(RuleViolationError, notHeld);
  });

  it('starts the progress over when the list is assigned again', () => {
    const released: ShoppingListEvent = { type: 'ShoppingListReleased', data: { botId: 'bot-1' } };
    const reassigned: ShoppingListEvent = { type: 'ShoppingListAssigned', data: { botId: 'bot-2' } };
    const after = [...active, arrived, picked, released, available, reassigned];
    expect(state(after)).toMatchObject({ status: 'assigned', assignedBotId: 'bot-2', progress: noProgress() });
    given(after).when(report(1, { type: 'started' }, 'bot-2')).then([{ type: 'ShoppingStarted', data: { botId: 'bot-2', seq: 1 } }]);
  });

  it('completes the list on the report that every stop is done, keeping what was picked', () => {
    const completedByBot: ShoppingListEvent = { type: 'ShoppingListCompleted', data: { seq: 5 } };
    given([...active, arrived, picked, stopDone]).when(report(5, { type: 'completed' })).then([completedByBot]);
    expect(state([...active, arrived, picked, stopDone, completedByBot])).toMatchObject({
      status: 'completed',
      assignedBotId: 'bot-1',
      progress: { lastSeq: 5, picked: { grocer: { apple: 2 } }, stopsDone: ['grocer'] },
    });
  });

  it('makes a failed list available again for another bot, its bot freed and its progress gone', () => {
    const failed: ShoppingListEvent = { type: 'ShoppingFailed', data: { botId: 'bot-1', seq: 3, reason: 'wheel stuck' } };
    given([...active, arrived]).when(report(3, { type: 'failed', reason: 'wheel stuck' })).then([failed]);
    given([created, available, assigned]).when(report(1, { type: 'failed', reason: 'no battery' })).then([
      { type: 'ShoppingFailed', data: { botId: 'bot-1', seq: 1, reason: 'no battery' } },
    ]);
    expect(state([...active, arrived, failed])).toMatchObject({ status: 'available', assignedBotId: null, progress: noProgress() });
    given([...active, arrived, failed]).when(assign('bot-2')).then([{ type: 'ShoppingListAssigned', data: { botId: 'bot-2' } }]);
  });
});
