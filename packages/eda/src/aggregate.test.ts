import { describe, expect, it } from 'vitest';
import { loadAggregate, maybeSnapshot, type SnapshotPolicy } from './aggregate.js';
import type { Decider } from './decider.js';
import { createMemoryStorage } from './memory/memory-storage.js';

type Event = { type: 'Tagged'; data: { tag: string } };
/** A state that is not plain JSON: a Set loses its members through JSON. */
interface State {
  tags: Set<string>;
  count: number;
}
const tags: Decider<State, Event, Event> = {
  initialState: () => ({ tags: new Set(), count: 0 }),
  evolve: (state, event) => ({ tags: new Set([...state.tags, event.data.tag]), count: state.count + 1 }),
  decide: (command) => [command],
};
const policy: SnapshotPolicy<State> = {
  name: 'tags-v1',
  every: 4,
  toSnapshot: (state) => ({ tags: [...state.tags], count: state.count }),
  fromSnapshot: (snapshot) => {
    const { tags: list, count } = snapshot as { tags: string[]; count: number };
    return { tags: new Set(list), count };
  },
};
const tagged = (tag: string, occurredAt?: Date) => ({ type: 'Tagged', data: { tag }, occurredAt });

/** Appends one event at a time, snapshotting after each append as a command handler would. */
const appendOneByOne = async (storage: ReturnType<typeof createMemoryStorage>, streamId: string, count: number, p = policy) => {
  for (let i = 1; i <= count; i++) {
    const before = await loadAggregate(storage, tags, streamId, { snapshot: p });
    const { nextExpectedVersion } = await storage.events.append(streamId, [tagged(`t${i % 5}`)], { expectedVersion: before.version });
    const state = tags.evolve(before.state, { type: 'Tagged', data: { tag: `t${i % 5}` } });
    await maybeSnapshot(storage, p, streamId, { state, version: nextExpectedVersion, previousVersion: before.version });
  }
};

describe('loadAggregate', () => {
  it('from a snapshot plus the tail equals a full replay, at every length', async () => {
    for (let length = 0; length <= 13; length++) {
      const storage = createMemoryStorage();
      await appendOneByOne(storage, 's', length);
      const replay = await loadAggregate(storage, tags, 's');
      const fast = await loadAggregate(storage, tags, 's', { snapshot: policy });
      expect(fast.state).toEqual(replay.state);
      expect(fast.version).toBe(length);
      expect(fast.snapshotVersion).toBe(Math.floor(length / 4) * 4);
    }
  });

  it('needs toSnapshot/fromSnapshot for a state that is not plain JSON', async () => {
    const storage = createMemoryStorage();
    const plain: SnapshotPolicy<State> = { name: 'tags-plain', every: 2 };
    await appendOneByOne(storage, 's', 2, plain);
    const fast = await loadAggregate(storage, tags, 's', { snapshot: plain });
    expect(fast.snapshotVersion).toBe(2);
    // What the trap looks like: the Set did not survive JSON, so the state is wrong.
    expect(fast.state.tags).not.toBeInstanceOf(Set);
  });

  it('ignores snapshots of another name, so a changed state shape starts over', async () => {
    const storage = createMemoryStorage();
    await appendOneByOne(storage, 's', 5);
    const renamed = await loadAggregate(storage, tags, 's', { snapshot: { ...policy, name: 'tags-v2' } });
    expect(renamed).toMatchObject({ version: 5, snapshotVersion: 0, state: { count: 5 } });
  });

  it('time travels by version using only a snapshot at or below it', async () => {
    const storage = createMemoryStorage();
    await appendOneByOne(storage, 's', 9);
    const atSix = await loadAggregate(storage, tags, 's', { snapshot: policy, asOfVersion: 6 });
    expect(atSix).toMatchObject({ version: 6, state: { count: 6 } });
    expect(atSix.snapshotVersion).toBeLessThanOrEqual(6);
    const atEight = await loadAggregate(storage, tags, 's', { snapshot: policy, asOfVersion: 8 });
    expect(atEight).toMatchObject({ version: 8, snapshotVersion: 8, state: { count: 8 } });
    expect(await loadAggregate(storage, tags, 's', { asOfVersion: 0 })).toMatchObject({ version: 0, state: { count: 0 } });
  });

  it('time travels by time without snapshots, even when occurredAt does not follow the version', async () => {
    const storage = createMemoryStorage();
    const at = (day: number) => new Date(Date.UTC(2024, 0, day));
    await storage.events.append('s', [tagged('a', at(1)), tagged('b', at(3)), tagged('c', at(2)), tagged('d', at(4))]);
    // A snapshot at version 2 would wrongly include 'b' (day 3) in a load as of day 2.
    await storage.snapshots.save({ streamId: 's', name: policy.name, version: 2, state: { tags: ['a', 'b'], count: 2 } });
    const asOf = await loadAggregate(storage, tags, 's', { snapshot: policy, asOf: at(2) });
    expect(asOf).toEqual({ state: { tags: new Set(['a', 'c']), count: 2 }, version: 3, snapshotVersion: 0 });
  });
});

describe('maybeSnapshot', () => {
  const state: State = { tags: new Set(['x']), count: 1 };

  it('snapshots when an append crosses a multiple of every, even by jumping over it', async () => {
    const storage = createMemoryStorage();
    expect(await maybeSnapshot(storage, policy, 's', { state, version: 3, previousVersion: 2 })).toBe(false);
    expect(await maybeSnapshot(storage, policy, 's', { state, version: 6, previousVersion: 3 })).toBe(true);
    expect(await storage.snapshots.load('s', policy.name)).toEqual({ streamId: 's', name: 'tags-v1', version: 6, state: { tags: ['x'], count: 1 } });
    expect(await maybeSnapshot(storage, policy, 's', { state, version: 7, previousVersion: 6 })).toBe(false);
  });

  it('snapshots whenever `when` says so, and never without new events', async () => {
    const storage = createMemoryStorage();
    const onBig: SnapshotPolicy<State> = { ...policy, every: undefined, when: (s) => s.count >= 1 };
    expect(await maybeSnapshot(storage, onBig, 's', { state, version: 1, previousVersion: 0 })).toBe(true);
    expect(await maybeSnapshot(storage, onBig, 's', { state, version: 1, previousVersion: 1 })).toBe(false);
  });

  it('refuses an every that is not a positive integer', async () => {
    const storage = createMemoryStorage();
    await expect(maybeSnapshot(storage, { name: 'n', every: 0 }, 's', { state, version: 1, previousVersion: 0 })).rejects.toThrow(/positive integer/);
  });
});
