import { ConcurrencyError } from './errors.js';
import type { ExpectedVersion } from './event-store.js';

/**
 * Throws a `ConcurrencyError` (stream, expected, actual) unless a stream at version `actual`
 * satisfies `expected`. Every adapter checks appends through it, so they agree on what each
 * `ExpectedVersion` means.
 */
export const checkExpectedVersion = (streamId: string, expected: ExpectedVersion, actual: number): void => {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && actual === 0) ||
    (expected === 'exists' && actual > 0) ||
    expected === actual;
  if (!ok) throw new ConcurrencyError(streamId, expected, actual);
};
