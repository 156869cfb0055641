import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

const middle = () => 0.5;

describe('backoffDelay', () => {
  it('grows exponentially from initialMs by factor', () => {
    const options = { initialMs: 10, factor: 3, maxMs: 10_000 };
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(attempt, options, middle))).toEqual([10, 30, 90, 270]);
  });

  it('uses the documented defaults (100 ms, x2)', () => {
    expect(backoffDelay(1, {}, middle)).toBe(100);
    expect(backoffDelay(3, undefined, middle)).toBe(400);
  });

  it('never exceeds maxMs, even with jitter at its top', () => {
    expect(backoffDelay(50, { initialMs: 100, maxMs: 1000, jitter: 0.5 }, () => 0.999)).toBe(1000);
  });

  it('spreads by at most ±jitter', () => {
    const options = { initialMs: 1000, jitter: 0.2 };
    expect(backoffDelay(1, options, () => 0)).toBe(800);
    expect(backoffDelay(1, options, () => 0.9999)).toBe(1200);
    for (let i = 0; i < 100; i++) {
      const delay = backoffDelay(1, options);
      expect(delay).toBeGreaterThanOrEqual(800);
      expect(delay).toBeLessThanOrEqual(1200);
    }
  });

  it('is exact without jitter and clamps a bad jitter into 0..1', () => {
    expect(backoffDelay(2, { initialMs: 5, jitter: 0 }, () => 0)).toBe(10);
    expect(backoffDelay(1, { initialMs: 100, jitter: 5 }, () => 0)).toBe(0);
  });
});
