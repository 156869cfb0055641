import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../memory/index.js';
import { checkpointName, defineProjection } from './projection.js';
import { rebuildProjection, type RebuildProgress } from './rebuild-projection.js';
import { startProjection } from './start-projection.js';

const counter = (resets: { count: number }) =>
  defineProjection({
    name: 'rebuilt',
    async apply(_event, tx) {
      await tx.checkpoints.set('rebuilt.count', ((await tx.checkpoints.get('rebuilt.count')) ?? 0) + 1);
    },
    async reset(tx) {
      resets.count++;
      await tx.checkpoints.delete('rebuilt.count');
    },
  });

describe('rebuildProjection', () => {
  it('resets, replays the whole history and reports progress per batch', async () => {
    const { storage } = createMemoryBackend();
    const resets = { count: 0 };
    const projection = counter(resets);
    const { positions } = await storage.events.append('s', Array.from({ length: 25 }, (_, n) => ({ type: 'test.E', data: { n } })));
    const runner = startProjection(storage, projection);
    await runner.caughtUp();
    await runner.stop();
    expect(await storage.checkpoints.get('rebuilt.count')).toBe(25);

    const progress: RebuildProgress[] = [];
    const result = await rebuildProjection(storage, projection, { batchSize: 10, onProgress: (p) => progress.push(p) });

    const last = positions.at(-1);
    expect(resets.count).toBe(1);
    expect(progress).toEqual([
      { position: positions[9], lastPosition: last, processed: 10 },
      { position: positions[19], lastPosition: last, processed: 20 },
      { position: last, lastPosition: last, processed: 25 },
    ]);
    expect(result).toEqual({ position: last, lastPosition: last, processed: 25 });
    expect(await storage.checkpoints.get('rebuilt.count')).toBe(25);
    expect(await storage.checkpoints.get(checkpointName(projection))).toBe(last);

    // A runner started afterwards follows on from the rebuild.
    await storage.events.append('s', [{ type: 'test.E', data: { n: 25 } }]);
    const next = startProjection(storage, projection);
    await next.caughtUp();
    await next.stop();
    expect(await storage.checkpoints.get('rebuilt.count')).toBe(26);
  });

  it('rebuilds an empty store to nothing', async () => {
    const { storage } = createMemoryBackend();
    const resets = { count: 0 };
    expect(await rebuildProjection(storage, counter(resets))).toEqual({ position: 0, lastPosition: 0, processed: 0 });
    expect(resets.count).toBe(1);
  });

  it('refuses a projection without reset', async () => {
    const { storage } = createMemoryBackend();
    const projection = defineProjection({ name: 'no-reset', apply: async () => {} });
    await expect(rebuildProjection(storage, projection)).rejects.toThrow(/no reset/);
  });
});
