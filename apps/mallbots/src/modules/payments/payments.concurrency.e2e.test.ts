import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rule } from '../../testing/answers.js';
import { startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { handled, publishEvent, sendCommand } from '../../testing/messages.js';
import { OrderingTopics, OrderReadied } from '../ordering/contract.js';
import { ConfirmPayment, PaymentsTopics } from './contract.js';

/**
 * Commands racing on one authorization or one invoice. On PostgreSQL transactions run side by side
 * (READ COMMITTED), so two may read the same row before either saves it: the row's version makes
 * the later save a conflict, decided again on the winner's state (an HTTP command at once, a
 * command answer when the transport delivers it again).
 */
describe.each(['sqlite', 'postgres'] as const)('payments under concurrent commands on %s', (backend) => {
  let api: AppHarness;
  beforeAll(async () => {
    api = await startTestApp({ modules: ['payments'], backend });
  });
  afterAll(() => api.close());

  it('confirms an authorization for one order only: of ten sagas confirming it at once, one succeeds', async () => {
    const { id: paymentId } = await api.ok<{ id: string }>('POST', '/api/payments', { customerId: 'c-1', amount: 10 });
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, order) => sendCommand(api, PaymentsTopics.commands, ConfirmPayment, { paymentId, customerId: 'c-1', amountCents: 1000, orderId: `o-${order}` })),
    );
    const answers = replies.map((reply) => (reply.outcome === 'success' ? 'confirmed' : reply.reason));
    expect(answers.filter((answer) => answer === 'confirmed')).toHaveLength(1);
    expect(answers.filter((answer) => answer !== 'confirmed')).toEqual(Array(9).fill('the payment has already been used'));
  });

  it('takes the payment of an invoice once: of ten concurrent payments one succeeds, the others hear the rule', async () => {
    await handled(api, 'payments.invoices', await publishEvent(api, OrderingTopics.order, OrderReadied, { orderId: 'o-20', customerId: 'c-1', paymentId: 'p-1', totalCents: 500 }, 'o-20'));
    const answers = await Promise.all(Array.from({ length: 10 }, () => api.call('PUT', '/api/payments/invoices/o-20/pay')));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status !== 200)).toEqual(Array(9).fill(rule('the invoice cannot be paid for')));
  });
});
