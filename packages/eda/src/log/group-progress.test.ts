import { describe, expect, it } from 'vitest';
import { GroupProgress } from './group-progress.js';

describe('GroupProgress', () => {
  it('moves the cursor over the read positions of its topic, gaps and all', () => {
    const progress = new GroupProgress(0, []);
    // Positions 2, 3, 6 belong to other topics.
    for (const position of [1, 4, 5, 7]) expect(progress.accept(position)).toBe(true);
    progress.markDone(1);
    expect(progress.cursor).toBe(1);
    progress.markDone(5);
    expect(progress.state()).toEqual({ cursor: 1, done: [5] });
    progress.markDone(4);
    expect(progress.state()).toEqual({ cursor: 5, done: [] });
    progress.markDone(7);
    expect(progress.state()).toEqual({ cursor: 7, done: [] });
  });

  it('skips positions a saved state marks done and retires them in order', () => {
    const progress = new GroupProgress(3, [2, 6]);
    expect(progress.state()).toEqual({ cursor: 3, done: [6] });
    expect(progress.readPosition).toBe(3);
    expect(progress.accept(5)).toBe(true);
    expect(progress.accept(6)).toBe(false);
    expect(progress.retire()).toBe(false);
    progress.markDone(5);
    expect(progress.state()).toEqual({ cursor: 6, done: [] });
    expect(progress.readPosition).toBe(6);
  });

  it('keeps done positions beyond what it has read until it reaches them', () => {
    const progress = new GroupProgress(0, [9]);
    progress.accept(4);
    progress.markDone(4);
    expect(progress.state()).toEqual({ cursor: 4, done: [9] });
  });
});
