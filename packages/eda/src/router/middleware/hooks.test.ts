import { describe, expect, it } from 'vitest';
import { createEvent } from '../../message.js';
import { compose } from '../compose.js';
import { handlerContextFor } from '../context.js';
import { hooks } from './hooks.js';
import { retry } from './retry.js';

const contextFor = (signal?: AbortSignal) => handlerContextFor(createEvent('test.Hooked', {}), { signal });

const counters = () => {
  const counts = { started: 0, succeeded: 0, failed: 0, errors: [] as unknown[], durations: [] as number[] };
  const observer = hooks({
    onStart: () => void counts.started++,
    onSuccess: (_ctx, { durationMs }) => {
      counts.succeeded++;
      counts.durations.push(durationMs);
    },
    onError: (_ctx, error) => {
      counts.failed++;
      counts.errors.push(error);
    },
  });
  return { counts, observer };
};

describe('hooks middleware', () => {
  it('counts starts, successes and failures, and rethrows the failure', async () => {
    const { counts, observer } = counters();
    await compose([observer], async () => {})(contextFor());
    const boom = new Error('boom');
    await expect(
      compose([observer], async () => {
        throw boom;
      })(contextFor()),
    ).rejects.toBe(boom);
    expect(counts).toMatchObject({ started: 2, succeeded: 1, failed: 1, errors: [boom] });
    expect(counts.durations[0]).toBeGreaterThanOrEqual(0);
  });

  it('measures each attempt inside retry and the whole handling outside it', async () => {
    const outer = counters();
    const inner = counters();
    let calls = 0;
    await compose([outer.observer, retry({ retries: 2, backoff: { initialMs: 1 } }), inner.observer], async () => {
      calls++;
      if (calls < 3) throw new Error('flaky');
    })(contextFor());
    expect(outer.counts).toMatchObject({ started: 1, succeeded: 1, failed: 0 });
    expect(inner.counts).toMatchObject({ started: 3, succeeded: 1, failed: 2 });
  });
});
