import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rule } from '../../testing/answers.js';
import { startTestApp, type AppHarness } from '../../testing/app-harness.js';

/**
 * Commands racing on one customer. On PostgreSQL transactions run side by side (READ COMMITTED),
 * so two may read the same row before either saves it: the row's version makes the later save a
 * conflict, and the command is decided again on the winner's state.
 */
describe.each(['sqlite', 'postgres'] as const)('customers under concurrent commands on %s', (backend) => {
  let api: AppHarness;
  beforeAll(async () => {
    api = await startTestApp({ modules: ['customers'], backend });
  });
  afterAll(() => api.close());

  it('disables a customer once: of ten concurrent disables one succeeds, the others hear the rule', async () => {
    const { id } = await api.ok<{ id: string }>('POST', '/api/customers', { name: 'Ada', smsNumber: '555-0100' });
    const answers = await Promise.all(Array.from({ length: 10 }, () => api.call('PUT', `/api/customers/${id}/disable`)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status !== 200)).toEqual(Array(9).fill(rule('the customer is already disabled')));
  });
});
