import { createReply, REPLY_ECHO_PREFIX, type Message } from '@mallbots/eda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, ready, startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { publishEvent } from '../../testing/messages.js';
import { CustomersTopics } from '../customers/contract.js';
import { DepotTopics } from '../depot/contract.js';
import { OrderCreated, OrderingTopics } from '../ordering/contract.js';
import { PaymentsTopics } from '../payments/contract.js';

interface SagaView {
  id: string;
  status: string;
  step: number;
  stepName: string | null;
  reason: string | null;
}

/**
 * Stands in for customers, depot, payments and ordering: records every command the saga sends and
 * answers it on its `replyTo`, with a success unless `refusals` names the command type for that
 * order (saga id), in which case it fails with the given reason.
 */
const fakeParticipants = async (api: AppHarness) => {
  const received: Message[] = [];
  const refusals = new Map<string, string>();
  const sagaOf = (command: Message) => String(command.metadata[`${REPLY_ECHO_PREFIX}sagaId`]);
  await api.app.db.transport.subscribe(
    [CustomersTopics.commands, DepotTopics.commands, PaymentsTopics.commands, OrderingTopics.commands],
    async (command) => {
      received.push(command);
      const orderId = sagaOf(command);
      const reason = refusals.get(`${orderId} ${command.type}`);
      const result = command.type === 'depotapi.CreateShoppingList' ? { shoppingListId: `list-${orderId}` } : {};
      const reply = createReply(command, reason === undefined ? { outcome: 'success', result } : { outcome: 'failure', reason });
      await api.app.db.transport.publish([{ topic: String(command.metadata.replyTo), key: orderId, message: reply }]);
    },
    { group: 'test.participants', startFrom: 'beginning' },
  );
  return {
    refuse: (orderId: string, type: string, reason: string) => refusals.set(`${orderId} ${type}`, reason),
    accept: (orderId: string, type: string) => refusals.delete(`${orderId} ${type}`),
    /** The commands sent for one order, in the order they arrived. */
    commandsOf: (orderId: string) => received.filter((command) => sagaOf(command) === orderId),
  };
};

describe('cosec: the create-order saga over HTTP', () => {
  let api: AppHarness;
  let participants: Awaited<ReturnType<typeof fakeParticipants>>;
  beforeAll(async () => {
    api = await startTestApp({ modules: ['cosec'] });
    participants = await fakeParticipants(api);
  });
  afterAll(() => api.close());

  const orderCreated = (orderId: string) =>
    publishEvent(
      api,
      OrderingTopics.order,
      OrderCreated,
      {
        orderId,
        customerId: `customer-${orderId}`,
        paymentId: `payment-${orderId}`,
        items: [
          { storeId: 's-1', productId: 'p-1', storeName: 'Shoes', productName: 'Boot', priceCents: 2500, quantity: 2 },
          { storeId: 's-2', productId: 'p-2', storeName: 'Books', productName: 'Atlas', priceCents: 999, quantity: 1 },
        ],
        totalCents: 5999,
      },
      orderId,
      { correlationId: `checkout-${orderId}` },
    );
  const sagaIn = (orderId: string, status: string) =>
    eventually(`saga ${orderId} ${status}`, async () => {
      const { saga } = await api.ok<{ saga: SagaView }>('GET', `/api/cosec/sagas/${orderId}`);
      return saga.status === status ? saga : undefined;
    });
  const sent = (orderId: string) => participants.commandsOf(orderId).map((command) => ({ type: command.type, data: command.data }));

  it('sends the five steps in order, each once the previous one succeeded, and completes', async () => {
    await orderCreated('o-happy');
    const saga = await sagaIn('o-happy', 'completed');
    expect(saga).toMatchObject({ id: 'o-happy', step: 6, stepName: null, reason: null, shoppingId: 'list-o-happy', deadline: null });
    expect(sent('o-happy')).toEqual([
      { type: 'customersapi.AuthorizeCustomer', data: { customerId: 'customer-o-happy' } },
      {
        type: 'depotapi.CreateShoppingList',
        data: {
          orderId: 'o-happy',
          items: [
            { productId: 'p-1', storeId: 's-1', quantity: 2 },
            { productId: 'p-2', storeId: 's-2', quantity: 1 },
          ],
        },
      },
      { type: 'paymentsapi.ConfirmPayment', data: { paymentId: 'payment-o-happy', customerId: 'customer-o-happy', amountCents: 5999, orderId: 'o-happy' } },
      { type: 'depotapi.InitiateShopping', data: { shoppingListId: 'list-o-happy' } },
      { type: 'orderingapi.ApproveOrder', data: { orderId: 'o-happy', shoppingId: 'list-o-happy' } },
    ]);
    // Every command continues the checkout's workflow.
    expect(new Set(participants.commandsOf('o-happy').map((command) => command.metadata.correlationId))).toEqual(new Set(['checkout-o-happy']));
    const { sagas } = await api.ok<{ sagas: SagaView[] }>('GET', '/api/cosec/sagas?status=completed');
    expect(sagas.map((listed) => listed.id)).toContain('o-happy');
  });

  it('rejects the order when the customer is disabled', async () => {
    participants.refuse('o-disabled', 'customersapi.AuthorizeCustomer', 'the customer is disabled');
    await orderCreated('o-disabled');
    const saga = await sagaIn('o-disabled', 'compensated');
    expect(saga.reason).toBe('step "AuthorizeCustomer" failed: the customer is disabled');
    expect(sent('o-disabled')).toEqual([
      { type: 'customersapi.AuthorizeCustomer', data: { customerId: 'customer-o-disabled' } },
      { type: 'orderingapi.RejectOrder', data: { orderId: 'o-disabled' } },
    ]);
  });

  it('cancels the shopping list, then rejects the order with it, when the payment fails', async () => {
    participants.refuse('o-unpaid', 'paymentsapi.ConfirmPayment', 'the payment does not cover the order');
    await orderCreated('o-unpaid');
    const saga = await sagaIn('o-unpaid', 'compensated');
    expect(saga.reason).toBe('step "ConfirmPayment" failed: the payment does not cover the order');
    expect(sent('o-unpaid').map((command) => command.type)).toEqual([
      'customersapi.AuthorizeCustomer',
      'depotapi.CreateShoppingList',
      'paymentsapi.ConfirmPayment',
      'depotapi.CancelShoppingList',
      'orderingapi.RejectOrder',
    ]);
    expect(sent('o-unpaid').slice(3).map((command) => command.data)).toEqual([
      { shoppingListId: 'list-o-unpaid' },
      { orderId: 'o-unpaid', shoppingId: 'list-o-unpaid' },
    ]);
  });

  it('parks the saga as stuck when a compensation fails, shows it to staff, and resumes it once fixed', async () => {
    participants.refuse('o-stuck', 'paymentsapi.ConfirmPayment', 'the payment was not found');
    participants.refuse('o-stuck', 'depotapi.CancelShoppingList', 'the shopping list cannot be canceled');
    await orderCreated('o-stuck');
    await sagaIn('o-stuck', 'stuck');
    const { sagas } = await api.ok<{ sagas: SagaView[] }>('GET', '/api/cosec/sagas?status=stuck');
    expect(sagas).toEqual([
      {
        id: 'o-stuck',
        status: 'stuck',
        step: 2,
        stepName: 'CreateShoppingList',
        reason: 'compensation of step "CreateShoppingList" failed: the shopping list cannot be canceled (compensating because step "ConfirmPayment" failed: the payment was not found)',
        updatedAt: expect.any(String),
      },
    ]);
    expect(sent('o-stuck').at(-1)?.type).toBe('depotapi.CancelShoppingList');

    participants.accept('o-stuck', 'depotapi.CancelShoppingList');
    expect(await api.ok('PUT', '/api/cosec/sagas/o-stuck/resume')).toEqual({});
    const saga = await sagaIn('o-stuck', 'compensated');
    expect(saga.reason).toBe('step "ConfirmPayment" failed: the payment was not found');
    expect(sent('o-stuck').slice(3)).toEqual([
      { type: 'depotapi.CancelShoppingList', data: { shoppingListId: 'list-o-stuck' } },
      { type: 'depotapi.CancelShoppingList', data: { shoppingListId: 'list-o-stuck' } },
      { type: 'orderingapi.RejectOrder', data: { orderId: 'o-stuck', shoppingId: 'list-o-stuck' } },
    ]);
    expect((await api.ok<{ sagas: SagaView[] }>('GET', '/api/cosec/sagas?status=stuck')).sagas).toEqual([]);
  });

  it('answers 400 with the rule when resuming a saga that is not stuck, 404 for an unknown one, 400 for an unknown status', async () => {
    await orderCreated('o-done');
    await sagaIn('o-done', 'completed');
    expect(await api.call('PUT', '/api/cosec/sagas/o-done/resume')).toEqual({
      status: 400,
      body: { code: 400, message: 'saga "cosec.create-order" o-done is completed: only a stuck saga can be resumed' },
    });
    expect(await api.call('PUT', '/api/cosec/sagas/nope/resume')).toEqual({ status: 404, body: { code: 404, message: 'the saga was not found' } });
    expect(await api.call('GET', '/api/cosec/sagas/nope')).toEqual({ status: 404, body: { code: 404, message: 'the saga was not found' } });
    const badStatus = await api.call<{ message: string }>('GET', '/api/cosec/sagas?status=lost');
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.message).toMatch(/^querystring\.status: /);
  });

  it('is ready after a restart once its reply consumer has caught up, and still shows its sagas', async () => {
    await api.restart();
    await ready(api);
    expect(await api.ok('GET', '/api/cosec/sagas/o-happy')).toMatchObject({ saga: { status: 'completed' } });
  });
});
