import { ConcurrencyError } from '@mallbots/eda';

/**
 * Runs `work` again when a concurrent change won (a `ConcurrencyError`), up to `attempts` times in
 * all: each run starts a fresh transaction and re-reads, so the decision is made on current state.
 * A conflict that outlasts the attempts propagates (HTTP 409).
 */
export const retryOnConflict = async <T>(work: () => Promise<T>, attempts = 5): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= attempts) throw error;
    }
  }
};
