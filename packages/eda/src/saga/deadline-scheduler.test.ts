import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeadlineScheduler, type DeadlineScheduler } from './deadline-scheduler.js';

let scheduler: DeadlineScheduler | undefined;
afterEach(async () => {
  await scheduler?.stop();
  vi.restoreAllMocks();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const inMs = (ms: number) => new Date(Date.now() + ms);

describe('deadline scheduler', () => {
  it('sweeps once at the earliest deadline, then at the next one', async () => {
    const sweeps: number[] = [];
    const started = Date.now();
    scheduler = createDeadlineScheduler({ now: () => new Date(), sweep: async () => void sweeps.push(Date.now() - started) });
    scheduler.set('late', inMs(200));
    scheduler.set('early', inMs(20));
    await wait(100);
    expect(sweeps).toHaveLength(1);
    expect(sweeps[0]).toBeGreaterThanOrEqual(20);
    await wait(200);
    expect(sweeps).toHaveLength(2);
    expect(sweeps[1]).toBeGreaterThanOrEqual(200);
    await wait(50);
    expect(sweeps).toHaveLength(2);
  });

  it('does not fire for a cleared deadline', async () => {
    let sweeps = 0;
    scheduler = createDeadlineScheduler({ now: () => new Date(), sweep: async () => void sweeps++ });
    scheduler.set('a', inMs(20));
    scheduler.set('a', null);
    await wait(50);
    expect(sweeps).toBe(0);
  });

  it('tries a failed sweep again after retryMs', async () => {
    let sweeps = 0;
    const errors: unknown[] = [];
    scheduler = createDeadlineScheduler({
      now: () => new Date(),
      retryMs: 20,
      onError: (error) => errors.push(error),
      sweep: async () => {
        sweeps++;
        if (sweeps === 1) throw new Error('storage down');
      },
    });
    await scheduler.sweepNow();
    expect(errors).toHaveLength(1);
    await wait(60);
    expect(sweeps).toBe(2);
  });

  it('never runs two sweeps at once: a request during a sweep runs right after it', async () => {
    let running = 0;
    let overlapped = false;
    let sweeps = 0;
    scheduler = createDeadlineScheduler({
      now: () => new Date(),
      sweep: async () => {
        running++;
        overlapped ||= running > 1;
        sweeps++;
        await wait(10);
        running--;
      },
    });
    await Promise.all([scheduler.sweepNow(), scheduler.sweepNow(), scheduler.sweepNow()]);
    expect(overlapped).toBe(false);
    expect(sweeps).toBe(2);
  });

  it('stops only once the sweep in progress has finished, and sweeps no more', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let sweeps = 0;
    let finished = false;
    scheduler = createDeadlineScheduler({
      now: () => new Date(),
      sweep: async () => {
        sweeps++;
        await gate;
        finished = true;
      },
    });
    const sweeping = scheduler.sweepNow();
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await wait(20);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(finished).toBe(true);
    await sweeping;

    await scheduler.sweepNow();
    scheduler.set('a', inMs(5));
    await wait(30);
    expect(sweeps).toBe(1);
  });

  it('does not keep the process alive for a pending deadline', () => {
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    scheduler = createDeadlineScheduler({ now: () => new Date(), sweep: async () => {} });
    scheduler.set('a', inMs(60_000));
    const timer = setTimer.mock.results.at(-1)?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
  });
});
