import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredEvent } from '../event-store.js';
import { createMemoryBackend } from '../memory/index.js';
import type { Storage } from '../storage.js';
import { checkpointName, defineProjection } from './projection.js';
import { startProjection, type ProjectionRunner } from './start-projection.js';

const runners: ProjectionRunner[] = [];
afterEach(async () => {
  await Promise.all(runners.splice(0).map((runner) => runner.stop()));
});

/** Counts events in the checkpoint table (the memory storage's only transactional key-value store). */
const counting = (options: { poisoned?: (event: StoredEvent) => boolean; eventTypes?: string[] } = {}) => {
  const applied: string[] = [];
  const projection = defineProjection({
    name: 'counter',
    eventTypes: options.eventTypes,
    async apply(event, tx) {
      const count = (await tx.checkpoints.get('count')) ?? 0;
      await tx.checkpoints.set('count', count + 1);
      if (options.poisoned?.(event)) throw new Error(`cannot apply ${event.id}`);
      applied.push(event.id);
    },
    async reset(tx) {
      await tx.checkpoints.delete('count');
    },
  });
  return { projection, applied };
};

const append = (storage: Storage, count: number, type = 'test.Counted') =>
  storage.events.append('counted', Array.from({ length: count }, (_, n) => ({ type, data: { n } })));

const start = (...args: Parameters<typeof startProjection>) => {
  const runner = startProjection(...args);
  runners.push(runner);
  return runner;
};

describe('startProjection', () => {
  it('applies the history, then follows new appends without polling', async () => {
    const { storage } = createMemoryBackend();
    const { projection } = counting();
    await append(storage, 3);
    const runner = start(storage, projection, { batchSize: 2 });
    await runner.caughtUp();
    expect(await storage.checkpoints.get('count')).toBe(3);

    const { positions } = await append(storage, 2);
    await vi.waitFor(async () => expect(await storage.checkpoints.get('count')).toBe(5), { timeout: 500, interval: 5 });
    expect(runner.position()).toBe(positions.at(-1));
    expect(await storage.checkpoints.get(checkpointName(projection))).toBe(positions.at(-1));
  });

  it('commits the writes with the checkpoint: a throwing apply rolls back both, and the batch is tried again', async () => {
    const { storage } = createMemoryBackend();
    let poisonOn = true;
    const { projection, applied } = counting({ poisoned: (event) => poisonOn && (event.data as { n: number }).n === 1 });
    const { positions } = await append(storage, 3);
    const runner = start(storage, projection, { batchSize: 1, retryBackoff: { initialMs: 5, maxMs: 10 } });

    await vi.waitFor(() => expect(runner.lastError()).toBeInstanceOf(Error));
    // The first event's batch committed; the second's count increment was rolled back with its checkpoint.
    expect(await storage.checkpoints.get('count')).toBe(1);
    expect(await storage.checkpoints.get(checkpointName(projection))).toBe(positions[0]);

    poisonOn = false;
    await runner.caughtUp();
    expect(runner.lastError()).toBeUndefined();
    expect(await storage.checkpoints.get('count')).toBe(3);
    expect(applied).toHaveLength(3);
    expect(await storage.checkpoints.get(checkpointName(projection))).toBe(positions[2]);
  });

  it('rolls back a whole batch when any of its events fails', async () => {
    const { storage } = createMemoryBackend();
    const { projection } = counting({ poisoned: (event) => (event.data as { n: number }).n === 2 });
    await append(storage, 3);
    const runner = start(storage, projection, { batchSize: 10, retryBackoff: { initialMs: 1000 } });
    await vi.waitFor(() => expect(runner.lastError()).toBeInstanceOf(Error));
    expect(await storage.checkpoints.get('count')).toBeUndefined();
    expect(await storage.checkpoints.get(checkpointName(projection))).toBeUndefined();
  });

  it('resumes from its checkpoint after a stop, applying nothing twice', async () => {
    const { storage } = createMemoryBackend();
    const { projection, applied } = counting();
    await append(storage, 4);
    const first = startProjection(storage, projection, { batchSize: 3 });
    await first.caughtUp();
    await first.stop();
    await expect(first.caughtUp()).rejects.toThrow(/stopped/);

    await append(storage, 2);
    const second = start(storage, projection, { batchSize: 3 });
    await second.caughtUp();
    expect(applied).toHaveLength(6);
    expect(new Set(applied).size).toBe(6);
    expect(await storage.checkpoints.get('count')).toBe(6);
  });

  it('reads only its event types', async () => {
    const { storage } = createMemoryBackend();
    const { projection } = counting({ eventTypes: ['test.Wanted'] });
    await append(storage, 2, 'test.Wanted');
    await append(storage, 5, 'test.Other');
    const { positions } = await append(storage, 1, 'test.Wanted');
    const runner = start(storage, projection);
    await runner.caughtUp();
    expect(await storage.checkpoints.get('count')).toBe(3);
    expect(runner.position()).toBe(positions[0]);
  });

  it('caughtUp waits for events committed before the call', async () => {
    const { storage } = createMemoryBackend();
    const { projection } = counting();
    const runner = start(storage, projection, { batchSize: 1 });
    await runner.caughtUp();
    await append(storage, 5);
    await runner.caughtUp();
    expect(await storage.checkpoints.get('count')).toBe(5);
  });
});
