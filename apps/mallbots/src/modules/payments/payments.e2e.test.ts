import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataOf, MessageSpec } from '../../platform/contract-kit.js';
import { startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { handled, publishEvent, sendCommand } from '../../testing/messages.js';
import { OrderCanceled, OrderingTopics, OrderReadied } from '../ordering/contract.js';
import { ConfirmPayment, PaymentsTopics } from './contract.js';

describe('payments over HTTP and messages', () => {
  let api: AppHarness;

  beforeAll(async () => {
    api = await startTestApp({ modules: ['payments'] });
  });
  afterAll(() => api.close());

  /** Sends ConfirmPayment as the saga does and tells its answer: 'confirmed' or the reason of the failure. */
  const confirm = async (data: { paymentId: string; customerId: string; amountCents: number; orderId?: string }, correlationId?: string) => {
    const reply = await sendCommand(api, PaymentsTopics.commands, ConfirmPayment, data, { key: data.paymentId, correlationId });
    return reply.outcome === 'success' ? 'confirmed' : reply.reason;
  };

  /** Publishes an event of ordering as its module would, and waits until the invoices consumer has handled it. */
  const deliverOrderEvent = async <S extends MessageSpec>(spec: S, data: DataOf<S> & { orderId: string }) =>
    handled(api, 'payments.invoices', await publishEvent(api, OrderingTopics.order, spec, data, data.orderId));

  it('authorizes payments and refuses a blank customer id or an amount that is not positive', async () => {
    const { id } = await api.ok<{ id: string }>('POST', '/api/payments', { customerId: 'c-1', amount: 25.5 });
    expect(id).toEqual(expect.any(String));
    expect(await api.call('POST', '/api/payments', { customerId: ' ', amount: 1 })).toEqual({ status: 400, body: { code: 400, message: 'the customer id cannot be blank' } });
    expect((await api.call('POST', '/api/payments', { customerId: 'c-1', amount: 0 })).body).toEqual({ code: 400, message: 'the payment amount must be positive' });
    expect((await api.call('POST', '/api/payments', { customerId: 'c-1', amount: -3 })).body).toEqual({ code: 400, message: 'the payment amount must be positive' });
    const tooPrecise = await api.call<{ message: string }>('POST', '/api/payments', { customerId: 'c-1', amount: 1.001 });
    expect(tooPrecise.status).toBe(400);
    expect(tooPrecise.body.message).toMatch(/^body\.amount: /);
  });

  it('confirms an authorization for one order of its customer that it covers, and answers why otherwise', async () => {
    const { id: paymentId } = await api.ok<{ id: string }>('POST', '/api/payments', { customerId: 'c-1', amount: 25.5 });
    expect(await confirm({ paymentId: 'nope', customerId: 'c-1', amountCents: 100, orderId: 'o-1' })).toBe('the payment was not found');
    expect(await confirm({ paymentId, customerId: 'c-2', amountCents: 100, orderId: 'o-1' })).toBe('the payment belongs to another customer');
    expect(await confirm({ paymentId, customerId: 'c-1', amountCents: 2551, orderId: 'o-1' })).toBe('the payment does not cover the order total');
    expect(await confirm({ paymentId, customerId: 'c-1', amountCents: 2550, orderId: 'o-1' })).toBe('confirmed');
    expect(await confirm({ paymentId, customerId: 'c-1', amountCents: 2550, orderId: 'o-1' })).toBe('confirmed');
    expect(await confirm({ paymentId, customerId: 'c-1', amountCents: 100, orderId: 'o-2' })).toBe('the payment has already been used');
  });

  it('without an order id, takes the workflow for the order: the same saga may confirm again, another may not', async () => {
    const { id: paymentId } = await api.ok<{ id: string }>('POST', '/api/payments', { customerId: 'c-1', amount: 10 });
    expect(await confirm({ paymentId, customerId: 'c-1', amountCents: 1000 }, 'saga-1')).toBe('confirmed');
    expect(await confirm({ paymentId, customerId: 'c-1', amountCents: 1000 }, 'saga-1')).toBe('confirmed');
    expect(await confirm({ paymentId, customerId: 'c-1', amountCents: 1000 }, 'saga-2')).toBe('the payment has already been used');
  });

  it('invoices a readied order, takes its payment once, and leaves a paid invoice alone when the order is canceled', async () => {
    await deliverOrderEvent(OrderReadied, { orderId: 'o-10', customerId: 'c-1', paymentId: 'p-1', totalCents: 1998 });
    expect(await api.ok('GET', '/api/payments/invoices/o-10')).toEqual({ invoice: { id: 'o-10', orderId: 'o-10', amount: 19.98, status: 'pending' } });

    await api.ok('PUT', '/api/payments/invoices/o-10/pay');
    expect(await api.call('PUT', '/api/payments/invoices/o-10/pay')).toEqual({ status: 400, body: { code: 400, message: 'the invoice cannot be paid for' } });

    await deliverOrderEvent(OrderCanceled, { orderId: 'o-10', customerId: 'c-1', paymentId: 'p-1' });
    await deliverOrderEvent(OrderReadied, { orderId: 'o-10', customerId: 'c-1', paymentId: 'p-1', totalCents: 1 });
    expect(await api.ok('GET', '/api/payments/invoices/o-10')).toEqual({ invoice: { id: 'o-10', orderId: 'o-10', amount: 19.98, status: 'paid' } });
  });

  it('cancels the pending invoice of a canceled order, and ignores a cancel of an order without one', async () => {
    await deliverOrderEvent(OrderCanceled, { orderId: 'o-20', customerId: 'c-1', paymentId: 'p-1' });
    await publishEvent(api, OrderingTopics.order, OrderReadied, { orderId: 'o-21', customerId: 'c-1', paymentId: 'p-1', totalCents: 750 }, 'o-21');
    await deliverOrderEvent(OrderCanceled, { orderId: 'o-21', customerId: 'c-1', paymentId: 'p-1' });
    expect(await api.ok('GET', '/api/payments/invoices/o-21')).toEqual({ invoice: { id: 'o-21', orderId: 'o-21', amount: 7.5, status: 'canceled' } });
    expect(await api.call('PUT', '/api/payments/invoices/o-21/pay')).toEqual({ status: 400, body: { code: 400, message: 'the invoice cannot be paid for' } });
    expect(await api.call('GET', '/api/payments/invoices/o-20')).toEqual({ status: 404, body: { code: 404, message: 'the invoice was not found' } });
    expect((await api.call('PUT', '/api/payments/invoices/o-20/pay')).status).toBe(404);
    expect(await api.app.db.transport.deadLetters.list()).toEqual([]);
  });
});
