import type { BackoffOptions } from '../transport.js';

/** The defaults documented on `BackoffOptions`. */
export const DEFAULT_BACKOFF: Required<BackoffOptions> = { initialMs: 100, maxMs: 30_000, factor: 2, jitter: 0.2 };

/**
 * The delay before redelivering a message whose delivery number `attempt` (1-based) just failed:
 * `initialMs * factor^(attempt - 1)`, spread by ±`jitter` of itself so that retries of many
 * messages do not align, and never above `maxMs` or below 0.
 *
 * `random` (a number in [0, 1)) is injectable so tests can pin the spread.
 */
export const backoffDelay = (attempt: number, options: BackoffOptions = {}, random: () => number = Math.random): number => {
  const { initialMs, maxMs, factor, jitter } = { ...DEFAULT_BACKOFF, ...options };
  const spread = Math.min(Math.max(jitter, 0), 1);
  const base = Math.min(initialMs * factor ** Math.max(attempt - 1, 0), maxMs);
  const jittered = base * (1 + spread * (2 * random() - 1));
  return Math.round(Math.min(Math.max(jittered, 0), maxMs));
};
