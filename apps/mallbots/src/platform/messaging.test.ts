import { RuleViolationError, type HandlerContext } from '@mallbots/eda';
import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { NotFoundError } from './errors.js';
import { skipIfNotApplicable, waitOutDatabaseOutages } from './messaging.js';

describe('skipIfNotApplicable', () => {
  const logger = pino({ level: 'silent' });

  it('skips a reaction that breaks a rule (an unknown id too) and logs why at info', async () => {
    const info = vi.spyOn(logger, 'info');
    await skipIfNotApplicable(logger, { orderId: 'o-1' }, () => Promise.reject(new RuleViolationError('the order is canceled')));
    await skipIfNotApplicable(logger, { orderId: 'o-2' }, () => Promise.reject(new NotFoundError('the order was not found')));
    expect(info.mock.calls.map(([context]) => context)).toEqual([
      { orderId: 'o-1', reason: 'the order is canceled' },
      { orderId: 'o-2', reason: 'the order was not found' },
    ]);
  });

  it('lets any other error propagate, so the message is delivered again', async () => {
    const notYet = new Error('the shopping list was completed before the order was approved');
    await expect(skipIfNotApplicable(logger, {}, () => Promise.reject(notYet))).rejects.toBe(notYet);
  });
});

describe('waitOutDatabaseOutages', () => {
  const ctx = { signal: new AbortController().signal } as HandlerContext;
  const unreachable = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

  it('tries a handling again in place while the database cannot be reached, spending no delivery attempt', async () => {
    let calls = 0;
    const handle = waitOutDatabaseOutages({ initialMs: 1, maxMs: 1, jitter: 0 })(async () => {
      calls += 1;
      if (calls <= 20) throw unreachable();
    });
    await handle(ctx);
    expect(calls).toBe(21);
  });

  it('passes any other error to the transport at once', async () => {
    const broken = new Error('column "total" does not exist');
    const handler = vi.fn(() => Promise.reject(broken));
    await expect(waitOutDatabaseOutages({ initialMs: 1, maxMs: 1 })(handler)(ctx)).rejects.toBe(broken);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
