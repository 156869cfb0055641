import { createCommand, createReply, forward, onReply, onTimeout, type SagaState, type SagaTransition } from '@mallbots/eda';
import { describe, expect, it } from 'vitest';
import { createOrderSaga, type CreateOrderData } from './create-order-saga.js';

const order: CreateOrderData = {
  orderId: 'o-1',
  customerId: 'c-1',
  paymentId: 'p-1',
  totalCents: 1998,
  items: [{ productId: 'pr-1', storeId: 's-1', quantity: 2 }],
};

/** The participant's answer to the command `transition` sends, as the orchestrator applies it. */
const answer = (transition: SagaTransition<CreateOrderData>, outcome: { outcome: 'success'; result?: unknown } | { outcome: 'failure'; reason: string }) => {
  const sent = transition.send?.command;
  if (!sent) throw new Error(`nothing sent in ${transition.status}`);
  const reply = createReply(createCommand(sent.type, sent.data), outcome);
  const state: SagaState<CreateOrderData> = transition;
  const step = createOrderSaga.steps[transition.step];
  return onReply(createOrderSaga, state, reply.data, (data) => step?.onReply?.(data, reply) ?? data);
};

const sent = (transition: SagaTransition<CreateOrderData>) => transition.send && { topic: transition.send.command.topic, type: transition.send.command.type, data: transition.send.command.data };

describe('the create-order saga', () => {
  it('authorizes, creates the list (keeping its id), confirms the total, initiates shopping and approves', () => {
    const authorize = forward(createOrderSaga, order, 0);
    expect(sent(authorize)).toEqual({ topic: 'mallbots.customers.commands', type: 'customersapi.AuthorizeCustomer', data: { customerId: 'c-1' } });
    const createList = answer(authorize, { outcome: 'success' });
    expect(sent(createList)).toEqual({ topic: 'mallbots.depot.commands', type: 'depotapi.CreateShoppingList', data: { orderId: 'o-1', items: order.items } });
    const confirm = answer(createList, { outcome: 'success', result: { shoppingListId: 'l-1' } });
    expect(confirm.data.shoppingListId).toBe('l-1');
    expect(sent(confirm)).toEqual({
      topic: 'mallbots.payments.commands',
      type: 'paymentsapi.ConfirmPayment',
      data: { paymentId: 'p-1', customerId: 'c-1', amountCents: 1998, orderId: 'o-1' },
    });
    const initiate = answer(confirm, { outcome: 'success' });
    expect(sent(initiate)).toEqual({ topic: 'mallbots.depot.commands', type: 'depotapi.InitiateShopping', data: { shoppingListId: 'l-1' } });
    const approve = answer(initiate, { outcome: 'success' });
    expect(sent(approve)).toEqual({ topic: 'mallbots.ordering.commands', type: 'orderingapi.ApproveOrder', data: { orderId: 'o-1', shoppingId: 'l-1' } });
    expect(answer(approve, { outcome: 'success' })).toEqual({ status: 'completed', step: 6, data: { ...order, shoppingListId: 'l-1' }, reason: null });
  });

  it('rejects the order without a shopping id when the customer is refused', () => {
    const reject = answer(forward(createOrderSaga, order, 0), { outcome: 'failure', reason: 'the customer is disabled' });
    expect(reject).toMatchObject({ status: 'compensating', step: 0, reason: 'step "AuthorizeCustomer" failed: the customer is disabled' });
    expect(sent(reject)).toEqual({ topic: 'mallbots.ordering.commands', type: 'orderingapi.RejectOrder', data: { orderId: 'o-1' } });
  });

  it('cancels the list, then rejects the order naming it, when the payment is refused', () => {
    const confirm = answer(answer(forward(createOrderSaga, order, 0), { outcome: 'success' }), { outcome: 'success', result: { shoppingListId: 'l-1' } });
    const cancel = answer(confirm, { outcome: 'failure', reason: 'the payment does not cover the order' });
    expect(sent(cancel)).toEqual({ topic: 'mallbots.depot.commands', type: 'depotapi.CancelShoppingList', data: { shoppingListId: 'l-1' } });
    const reject = answer(cancel, { outcome: 'success' });
    expect(sent(reject)).toEqual({ topic: 'mallbots.ordering.commands', type: 'orderingapi.RejectOrder', data: { orderId: 'o-1', shoppingId: 'l-1' } });
  });

  it('goes straight to RejectOrder when CreateShoppingList times out, as no list id is known', () => {
    const createList = answer(forward(createOrderSaga, order, 0), { outcome: 'success' });
    const timedOut = onTimeout(createOrderSaga, createList, new Date('2030-01-01T00:00:00Z'));
    expect(sent(timedOut)).toEqual({ topic: 'mallbots.ordering.commands', type: 'orderingapi.RejectOrder', data: { orderId: 'o-1' } });
  });
});
