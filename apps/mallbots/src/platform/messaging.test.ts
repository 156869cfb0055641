import { RuleViolationError } from '@mallbots/eda';
import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { NotFoundError } from './errors.js';
import { skipIfNotApplicable } from './messaging.js';

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
