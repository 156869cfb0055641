import { DeciderSpecification } from '@mallbots/eda/testing';
import { describe, it } from 'vitest';
import { salesOfOrder, type SoldItem } from './order-sales.js';
import { orderTallyDecider, type OrderTallyEvent } from './order-tally.js';

const given = DeciderSpecification.for(orderTallyDecider);
const items: SoldItem[] = [{ storeId: 's-1', storeName: 'Shoes', productId: 'p-1', productName: 'Boot', priceCents: 2500, quantity: 2 }];
const remembered: OrderTallyEvent = { type: 'OrderRemembered', data: { items } };
const counted: OrderTallyEvent = { type: 'OrderCounted', data: salesOfOrder(items) };
const dropped: OrderTallyEvent = { type: 'OrderDropped', data: {} };
const remember = { type: 'RememberOrder', data: { items } } as const;
const count = { type: 'CountOrder', data: {} } as const;
const drop = { type: 'DropOrder', data: {} } as const;

describe('order tally decider', () => {
  it('remembers a created order once', () => {
    given([]).when(remember).then([remembered]);
    given([remembered]).when(remember).thenNothingHappened();
    given([remembered, counted]).when(remember).thenNothingHappened();
    given([remembered, dropped]).when(remember).thenNothingHappened();
  });

  it('counts a completed order’s remembered items in the sales, once', () => {
    given([remembered]).when(count).then([counted]);
    given([remembered, counted]).when(count).thenNothingHappened();
  });

  it('counts nothing for an order it never saw created, or that was canceled or rejected', () => {
    given([]).when(count).thenNothingHappened();
    given([remembered, dropped]).when(count).thenNothingHappened();
  });

  it('forgets an open order that is canceled or rejected, but never takes back a counted one', () => {
    given([remembered]).when(drop).then([dropped]);
    given([remembered, counted]).when(drop).thenNothingHappened();
    given([]).when(drop).thenNothingHappened();
  });
});
