import { describe, expect, it } from 'vitest';
import { RuleViolationError } from '../../errors.js';
import { createEvent } from '../../message.js';
import { compose } from '../compose.js';
import { handlerContextFor } from '../context.js';
import { retry } from './retry.js';

const contextFor = (signal?: AbortSignal) => handlerContextFor(createEvent('test.Retried', {}), { signal });

const fast = { initialMs: 1, maxMs: 2 };

describe('retry middleware', () => {
  it('retries in process until the handler succeeds', async () => {
    let calls = 0;
    const handler = compose([retry({ retries: 3, backoff: fast })], async () => {
      calls++;
      if (calls < 3) throw new Error('flaky');
    });
    await handler(contextFor());
    expect(calls).toBe(3);
  });

  it('rethrows the last error once the retries are spent', async () => {
    let calls = 0;
    const handler = compose([retry({ retries: 2, backoff: fast })], async () => {
      calls++;
      throw new Error(`failure ${calls}`);
    });
    await expect(handler(contextFor())).rejects.toThrow('failure 3');
    expect(calls).toBe(3);
  });

  it('does not retry rule violations, nor what shouldRetry refuses', async () => {
    let calls = 0;
    const violating = compose([retry({ retries: 5, backoff: fast })], async () => {
      calls++;
      throw new RuleViolationError('never');
    });
    await expect(violating(contextFor())).rejects.toBeInstanceOf(RuleViolationError);
    expect(calls).toBe(1);

    const refused = compose([retry({ retries: 5, backoff: fast, shouldRetry: () => false })], async () => {
      calls++;
      throw new Error('no');
    });
    await expect(refused(contextFor())).rejects.toThrow('no');
    expect(calls).toBe(2);
  });

  it('stops waiting and rethrows when the signal aborts', async () => {
    const controller = new AbortController();
    let calls = 0;
    const handler = compose([retry({ retries: 10, backoff: { initialMs: 10_000, maxMs: 10_000 } })], async () => {
      calls++;
      throw new Error('down');
    });
    const started = Date.now();
    const running = handler(contextFor(controller.signal));
    setTimeout(() => controller.abort(), 20);
    await expect(running).rejects.toThrow('down');
    expect(calls).toBe(1);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
