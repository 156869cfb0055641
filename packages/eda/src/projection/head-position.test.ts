import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../memory/index.js';
import { headPosition } from './head-position.js';

describe('headPosition', () => {
  it('finds the last position, of all events or of some types, with few reads', async () => {
    const { storage } = createMemoryBackend();
    expect(await headPosition(storage.events)).toBe(0);
    for (let n = 0; n < 300; n++) {
      await storage.events.append(`s-${n % 7}`, [{ type: n % 10 === 3 ? 'test.Rare' : 'test.Common', data: { n } }]);
    }
    const all = await storage.events.readAll({ limit: 10_000 });
    const rare = all.filter((event) => event.type === 'test.Rare');

    let reads = 0;
    const counted = { ...storage.events, readAll: (...args: Parameters<typeof storage.events.readAll>) => (reads++, storage.events.readAll(...args)) };
    expect(await headPosition(counted)).toBe(all.at(-1)?.position);
    expect(reads).toBeLessThan(25);
    expect(await headPosition(storage.events, ['test.Rare'])).toBe(rare.at(-1)?.position);
    expect(await headPosition(storage.events, ['test.None'])).toBe(0);
  });
});
