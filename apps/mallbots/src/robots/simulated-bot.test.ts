import { describe, expect, it } from 'vitest';
import type { Assignment__Output } from '../grpc/generated/mallbots/robots/v1/Assignment.js';
import { stepsLeft } from './simulated-bot.js';

const assignment = (overrides: Partial<Assignment__Output> = {}): Assignment__Output => ({
  shoppingListId: 'list-1',
  orderId: 'order-1',
  lastSeq: 0,
  atStoreId: '',
  started: false,
  stops: [
    { storeId: 'a', storeName: 'A', storeLocation: 'L1', done: false, items: [{ productId: 'p', productName: 'P', quantity: 2, picked: 0 }] },
    { storeId: 'b', storeName: 'B', storeLocation: 'L2', done: false, items: [{ productId: 'q', productName: 'Q', quantity: 1, picked: 0 }] },
  ],
  ...overrides,
});

describe("a simulated bot's walk", () => {
  it('starts, and at each stop arrives, picks every item one by one and finishes, then completes', () => {
    expect(stepsLeft(assignment())).toEqual([
      { started: {} },
      { arrived: { storeId: 'a' } },
      { picked: { storeId: 'a', productId: 'p', quantity: 1 } },
      { picked: { storeId: 'a', productId: 'p', quantity: 1 } },
      { stopDone: { storeId: 'a' } },
      { arrived: { storeId: 'b' } },
      { picked: { storeId: 'b', productId: 'q', quantity: 1 } },
      { stopDone: { storeId: 'b' } },
      { completed: {} },
    ]);
  });

  it('goes on from where the depot says it was after a reconnect', () => {
    const resumed = assignment({
      lastSeq: 3,
      started: true,
      atStoreId: 'a',
      stops: assignment().stops.map((stop) => (stop.storeId === 'a' ? { ...stop, items: [{ ...stop.items[0]!, picked: 1 }] } : stop)),
    });
    expect(stepsLeft(resumed)).toEqual([
      { picked: { storeId: 'a', productId: 'p', quantity: 1 } },
      { stopDone: { storeId: 'a' } },
      { arrived: { storeId: 'b' } },
      { picked: { storeId: 'b', productId: 'q', quantity: 1 } },
      { stopDone: { storeId: 'b' } },
      { completed: {} },
    ]);
    expect(stepsLeft(assignment({ started: true, stops: assignment().stops.map((stop) => ({ ...stop, done: true })) }))).toEqual([{ completed: {} }]);
  });
});
