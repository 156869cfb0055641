import { evolveAll, RuleViolationError } from '@mallbots/eda';
import { DeciderSpecification } from '@mallbots/eda/testing';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../platform/errors.js';
import { orderDecider, OrderNotApprovedYetError, orderTotalCents, type OrderCommand } from './order.js';
import type { OrderEvent, OrderLine } from './order-events.js';

const given = DeciderSpecification.for(orderDecider);
const apple: OrderLine = { storeId: 's1', productId: 'p1', storeName: 'Fruit', productName: 'Apple', priceCents: 999, quantity: 10 };
const pear: OrderLine = { storeId: 's1', productId: 'p2', storeName: 'Fruit', productName: 'Pear', priceCents: 150, quantity: 1 };
const create = (data: Partial<{ customerId: string; paymentId: string; items: OrderLine[] }> = {}): OrderCommand => ({
  type: 'CreateOrder',
  data: { customerId: 'c1', paymentId: 'pay-1', items: [apple, pear], ...data },
});
const created: OrderEvent = { type: 'ordering.OrderCreated', data: { customerId: 'c1', paymentId: 'pay-1', items: [apple, pear] } };
const listRecorded: OrderEvent = { type: 'ordering.ShoppingListRecorded', data: { shoppingId: 'list-1' } };
const approved: OrderEvent = { type: 'ordering.OrderApproved', data: { shoppingId: 'list-1' } };
const rejected: OrderEvent = { type: 'ordering.OrderRejected', data: {} };
const readied: OrderEvent = { type: 'ordering.OrderReadied', data: {} };
const completed: OrderEvent = { type: 'ordering.OrderCompleted', data: { invoiceId: 'inv-1' } };
const canceled: OrderEvent = { type: 'ordering.OrderCanceled', data: {} };
const reject = (shoppingId?: string): OrderCommand => ({ type: 'RejectOrder', data: shoppingId ? { shoppingId } : {} });
const approve = (shoppingId = 'list-1'): OrderCommand => ({ type: 'ApproveOrder', data: { shoppingId } });
const ready: OrderCommand = { type: 'ReadyOrder', data: {} };
const complete: OrderCommand = { type: 'CompleteOrder', data: { invoiceId: 'inv-1' } };
const cancel: OrderCommand = { type: 'CancelOrder', data: {} };

describe('order decider', () => {
  it('creates a pending order once, totalled in cents', () => {
    given([]).when(create()).then([created]);
    given([created]).when(create()).thenNothingHappened();
    const order = evolveAll(orderDecider, [created]);
    expect(order).toMatchObject({ status: 'pending', customerId: 'c1', paymentId: 'pay-1', shoppingId: '', invoiceId: '' });
    expect(orderTotalCents(order)).toBe(10_140);
  });

  it('refuses an order without customer, payment or items, and lines that break a rule', () => {
    given([]).when(create({ customerId: ' ' })).thenThrows(RuleViolationError, 'the customer id cannot be blank');
    given([]).when(create({ paymentId: '' })).thenThrows(RuleViolationError, 'the payment id cannot be blank');
    given([]).when(create({ items: [] })).thenThrows(RuleViolationError, 'the order has no items');
    given([]).when(create({ items: [{ ...apple, quantity: -1 }] })).thenThrows(RuleViolationError, 'the item quantity cannot be negative');
    given([]).when(create({ items: [pear, { ...apple, quantity: 0 }] })).thenThrows(RuleViolationError, 'the item quantity must be positive');
    given([]).when(create({ items: [{ ...apple, priceCents: -1 }] })).thenThrows(RuleViolationError, 'the product price cannot be negative');
    given([]).when(create({ items: [{ ...apple, productId: ' ' }] })).thenThrows(RuleViolationError, 'the product id cannot be blank');
    given([]).when(create({ items: [{ ...apple, storeId: '' }] })).thenThrows(RuleViolationError, 'the store id cannot be blank');
  });

  it('refuses a line above 10,000 items and a total above 10,000,000.00', () => {
    given([]).when(create({ items: [{ ...apple, quantity: 10_000 }] })).then([
      { type: 'ordering.OrderCreated', data: { customerId: 'c1', paymentId: 'pay-1', items: [{ ...apple, quantity: 10_000 }] } },
    ]);
    given([]).when(create({ items: [pear, { ...apple, quantity: 10_001 }] })).thenThrows(RuleViolationError, 'the item quantity is too large');
    const gold: OrderLine = { ...pear, productId: 'p3', priceCents: 100_000_000, quantity: 10 };
    given([]).when(create({ items: [gold] })).then([{ type: 'ordering.OrderCreated', data: { customerId: 'c1', paymentId: 'pay-1', items: [gold] } }]);
    given([]).when(create({ items: [gold, pear] })).thenThrows(RuleViolationError, 'the order total is too large');
  });

  it('answers not found for every other command on an order that does not exist', () => {
    for (const command of [reject(), approve(), ready, complete, cancel, { type: 'RecordShoppingList', data: { shoppingId: 'l' } } as const]) {
      given([]).when(command).thenThrows(NotFoundError, 'the order was not found');
    }
  });

  it('records the shopping list once, in any status', () => {
    given([created]).when({ type: 'RecordShoppingList', data: { shoppingId: 'list-1' } }).then([listRecorded]);
    given([created, listRecorded]).when({ type: 'RecordShoppingList', data: { shoppingId: 'list-1' } }).thenNothingHappened();
    given([created, rejected]).when({ type: 'RecordShoppingList', data: { shoppingId: 'list-1' } }).then([listRecorded]);
  });

  it('rejects a pending or approved order, keeping the shopping list it names, and does nothing on one rejected or canceled', () => {
    given([created]).when(reject('list-1')).then([{ type: 'ordering.OrderRejected', data: { shoppingId: 'list-1' } }]);
    given([created]).when(reject()).then([rejected]);
    expect(evolveAll(orderDecider, [created, listRecorded, rejected])).toMatchObject({ status: 'rejected', shoppingId: 'list-1' });
    given([created, rejected]).when(reject('list-2')).thenNothingHappened();
    given([created, canceled]).when(reject()).thenNothingHappened();
    // The saga compensates an ApproveOrder whose reply timed out although the approval took effect.
    given([created, approved]).when(reject('list-1')).then([{ type: 'ordering.OrderRejected', data: { shoppingId: 'list-1' } }]);
    given([created, approved, readied]).when(reject()).thenThrows(RuleViolationError, 'the order cannot be rejected');
  });

  it('approves a pending order with its shopping list, once', () => {
    given([created]).when(approve()).then([approved]);
    expect(evolveAll(orderDecider, [created, approved])).toMatchObject({ status: 'approved', shoppingId: 'list-1' });
    given([created, approved]).when(approve()).thenNothingHappened();
    given([created, approved]).when(approve('list-2')).thenThrows(RuleViolationError, 'the order cannot be approved');
    given([created, canceled]).when(approve()).thenThrows(RuleViolationError, 'the order cannot be approved');
    given([created, rejected]).when(approve()).thenThrows(RuleViolationError, 'the order cannot be approved');
  });

  it('readies an approved order; a pending one is not approved yet (retried); others cannot be readied', () => {
    given([created, approved]).when(ready).then([readied]);
    given([created]).when(ready).thenThrows(OrderNotApprovedYetError);
    given([created, approved, readied]).when(ready).thenThrows(RuleViolationError, 'the order cannot be readied');
    given([created, approved, canceled]).when(ready).thenThrows(RuleViolationError, 'the order cannot be readied');
  });

  it('completes a ready order with its invoice', () => {
    given([created, approved, readied]).when(complete).then([completed]);
    expect(evolveAll(orderDecider, [created, approved, readied, completed])).toMatchObject({ status: 'completed', invoiceId: 'inv-1' });
    given([created, approved]).when(complete).thenThrows(RuleViolationError, 'the order cannot be completed');
    given([created, approved, readied, completed]).when(complete).thenThrows(RuleViolationError, 'the order cannot be completed');
  });

  it('cancels a pending or approved order only', () => {
    given([created]).when(cancel).then([canceled]);
    given([created, approved]).when(cancel).then([canceled]);
    for (const closed of [[created, rejected], [created, canceled], [created, approved, readied], [created, approved, readied, completed]]) {
      given(closed).when(cancel).thenThrows(RuleViolationError, 'the order cannot be cancelled');
    }
  });
});
