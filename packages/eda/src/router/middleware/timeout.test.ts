import { getEventListeners } from 'node:events';
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

  it('aborts the handler signal with the reason of ctx.signal, also when it is aborted already', async () => {
    const stopping = new AbortController();
    const seen: unknown[] = [];
    const handler = compose([timeout(1000)], async (ctx) => {
      if (!ctx.signal.aborted) await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
      seen.push(ctx.signal.reason);
    });
    const reason = new Error('router stopping');
    const running = handler(contextFor(stopping.signal));
    stopping.abort(reason);
    await running;
    await handler(contextFor(stopping.signal));
    expect(seen).toEqual([reason, reason]);
  });

  it('follows ctx.signal only while the handler runs, so a long-lived signal collects nothing', async () => {
    const stopping = new AbortController();
    const during: number[] = [];
    const handler = compose([timeout(1000)], async () => {
      during.push(getEventListeners(stopping.signal, 'abort').length);
    });
    for (let i = 0; i < 3; i++) await handler(contextFor(stopping.signal));
    const failing = compose([timeout(1000)], async () => {
      throw new Error('boom');
    });
    await expect(failing(contextFor(stopping.signal))).rejects.toThrow('boom');
    expect(during).toEqual([1, 1, 1]);
    expect(getEventListeners(stopping.signal, 'abort')).toHaveLength(0);
  });
});
