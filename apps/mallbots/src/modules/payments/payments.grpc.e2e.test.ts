import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { grpcClients, unary } from '../../testing/grpc-client.js';
import { handled, publishEvent, sendCommand } from '../../testing/messages.js';
import { OrderCanceled, OrderingTopics, OrderReadied } from '../ordering/contract.js';
import { ConfirmPayment, PaymentsTopics } from './contract.js';

describe('PaymentsService over gRPC', () => {
  let api: AppHarness;
  let payments: ReturnType<typeof grpcClients>['payments'];
  beforeAll(async () => {
    api = await startTestApp({ modules: ['payments'] });
    payments = grpcClients(api.app.grpcAddress).payments;
  });
  afterAll(async () => {
    payments.close();
    await api.close();
  });

  /** Sends ConfirmPayment as the saga does and tells its answer: 'confirmed' or the reason of the failure. */
  const confirm = async (data: { paymentId: string; customerId: string; amountCents: number; orderId: string }) => {
    const reply = await sendCommand(api, PaymentsTopics.commands, ConfirmPayment, data, { key: data.paymentId });
    return reply.outcome === 'success' ? 'confirmed' : reply.reason;
  };
  const readied = async (orderId: string, totalCents: number) =>
    handled(api, 'payments.invoices', await publishEvent(api, OrderingTopics.order, OrderReadied, { orderId, customerId: 'c-1', paymentId: 'p-1', totalCents }, orderId));
  const canceled = async (orderId: string) =>
    handled(api, 'payments.invoices', await publishEvent(api, OrderingTopics.order, OrderCanceled, { orderId, customerId: 'c-1', paymentId: 'p-1' }, orderId));

  it('authorizes a payment the saga then confirms, for the amount in units', async () => {
    const { id: paymentId } = await unary(payments, 'AuthorizePayment', { customerId: 'c-1', amount: 25.5 });
    expect(await confirm({ paymentId, customerId: 'c-1', amountCents: 2551, orderId: 'o-1' })).toBe('the payment does not cover the order total');
    expect(await confirm({ paymentId, customerId: 'c-1', amountCents: 2550, orderId: 'o-1' })).toBe('confirmed');
  });

  it('runs the same invoice use cases as the HTTP routes: what one writes, the other reads', async () => {
    await readied('o-10', 1998);
    await readied('o-11', 750);

    expect(await unary(payments, 'GetInvoice', { id: 'o-10' })).toEqual({ invoice: { id: 'o-10', orderId: 'o-10', amount: 19.98, status: 'pending' } });
    await unary(payments, 'PayInvoice', { id: 'o-10' });
    expect(await api.ok('GET', '/api/payments/invoices/o-10')).toEqual({ invoice: { id: 'o-10', orderId: 'o-10', amount: 19.98, status: 'paid' } });

    await api.ok('PUT', '/api/payments/invoices/o-11/pay');
    expect((await unary(payments, 'GetInvoice', { id: 'o-11' })).invoice).toEqual({ id: 'o-11', orderId: 'o-11', amount: 7.5, status: 'paid' });
  });

  it('answers a broken rule with INVALID_ARGUMENT and its message, and changes nothing', async () => {
    await readied('o-20', 500);
    await canceled('o-20');
    await expect(unary(payments, 'PayInvoice', { id: 'o-20' })).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: 'the invoice cannot be paid for' });
    expect((await unary(payments, 'GetInvoice', { id: 'o-20' })).invoice?.status).toBe('canceled');

    await expect(unary(payments, 'AuthorizePayment', { customerId: ' ', amount: 1 })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'the customer id cannot be blank',
    });
    await expect(unary(payments, 'AuthorizePayment', { customerId: 'c-1', amount: 0 })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'the payment amount must be positive',
    });
  });

  it('names the field of a malformed request, as the HTTP API does', async () => {
    await expect(unary(payments, 'AuthorizePayment', { customerId: 'c-1', amount: 1.001 })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'amount: must have at most 2 decimals',
    });
    await expect(unary(payments, 'AuthorizePayment', { customerId: 'c'.repeat(101), amount: 1 })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: expect.stringMatching(/^customerId: /),
    });
    await expect(unary(payments, 'GetInvoice', { id: 'i'.repeat(101) })).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: expect.stringMatching(/^id: /) });
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    await expect(unary(payments, 'GetInvoice', { id: 'no-such-invoice' })).rejects.toMatchObject({ code: status.NOT_FOUND, details: 'the invoice was not found' });
    await expect(unary(payments, 'PayInvoice', { id: 'no-such-invoice' })).rejects.toMatchObject({ code: status.NOT_FOUND, details: 'the invoice was not found' });
  });
});
