import { createEvent } from '@mallbots/eda';
import { createMemoryMessageLog } from '@mallbots/eda/memory';
import { describe, expect, it } from 'vitest';
import { createReadiness } from './readiness.js';

describe('readiness', () => {
  it('is ready once every tracked group has passed the head its topics had at arm, and stays ready', async () => {
    const log = createMemoryMessageLog();
    const [, second] = await log.append([
      { topic: 'orders', key: 'a', message: createEvent('OrderCreated', {}) },
      { topic: 'orders', key: 'b', message: createEvent('OrderCreated', {}) },
    ]);
    const readiness = createReadiness(log);
    readiness.track('search.orders', ['orders', 'customers']);
    expect(await readiness.isReady()).toBe(false);

    await readiness.arm();
    expect(await readiness.isReady()).toBe(false);
    await log.saveGroup('search.orders', 'orders', { cursor: second! - 1, done: [] });
    expect(await readiness.isReady()).toBe(false);
    await log.saveGroup('search.orders', 'orders', { cursor: second!, done: [] });
    expect(await readiness.isReady()).toBe(true);

    // Traffic after the start never makes the process unready again.
    await log.append([{ topic: 'orders', key: 'c', message: createEvent('OrderCreated', {}) }]);
    expect(await readiness.isReady()).toBe(true);
  });

  it('without a readable log, is ready once armed', async () => {
    const readiness = createReadiness(undefined);
    readiness.track('g', ['t']);
    expect(await readiness.isReady()).toBe(false);
    await readiness.arm();
    expect(await readiness.isReady()).toBe(true);
  });
});
