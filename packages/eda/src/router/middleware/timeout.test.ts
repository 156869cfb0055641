import { describe, expect, it } from 'vitest';
import { createEvent } from '../../message.js';
import { compose } from '../compose.js';
import { handlerContextFor } from '../context.js';
import { retry } from './retry.js';
import { timeout, TimeoutError } from './timeout.js';

const contextFor = (signal?: AbortSignal) => handlerContextFor(createEvent('test.Timed', {}), { signal });

describe('timeout middleware', () => {
  it('fails a slow handler with a TimeoutError and aborts its signal', async () => {
    let signal: AbortSignal | undefined;
    const handler = compose([timeout(20)], async (ctx) => {
      signal = ctx.signal;
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    const error = await handler(contextFor()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).ms).toBe(20);
    expect(signal?.aborted).toBe(true);
    expect(signal?.reason).toBe(error);
  });

  it('lets a fast handler finish and leaves its signal alone', async () => {
    let signal: AbortSignal | undefined;
    const handler = compose([timeout(200)], async (ctx) => {
      signal = ctx.signal;
    });
    await handler(contextFor());
    expect(signal?.aborted).toBe(false);
  });

  it('inside retry, gives each attempt its own deadline', async () => {
    let calls = 0;
    const handler = compose([retry({ retries: 2, backoff: { initialMs: 1 } }), timeout(20)], async () => {
      calls++;
      if (calls === 1) await new Promise((resolve) => setTimeout(resolve, 200));
    });
    await handler(contextFor());
    expect(calls).toBe(2);
  });
});
