/** setTimeout's longest delay; a later deadline is reached by re-arming. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export interface DeadlineSchedulerOptions {
  now: () => Date;
  /** Handles everything due at `now`; throwing makes the scheduler try again after `retryMs`. */
  sweep: (now: Date) => Promise<void>;
  /** Delay before sweeping again after a failed sweep (default 1 s). */
  retryMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * One timer for the earliest known deadline instead of a polling interval. Deadlines are keyed
 * (one per saga); when the timer fires, one sweep handles everything due, then it re-arms for the
 * next deadline. Sweeps never overlap: a sweep requested meanwhile runs right after.
 */
export interface DeadlineScheduler {
  /** Sets or (with null) clears the deadline of `key`. */
  set(key: string, deadline: Date | null): void;
  /** Sweeps now; resolves when the sweep (and any it queued) is done. Does nothing once stopped. */
  sweepNow(): Promise<void>;
  /**
   * Disarms the timer and starts no sweep from then on; resolves once a sweep in progress has
   * finished, so its work (a transaction, say) is over when the owner releases what it uses.
   */
  stop(): Promise<void>;
}

export const createDeadlineScheduler = (options: DeadlineSchedulerOptions): DeadlineScheduler => {
  const deadlines = new Map<string, number>();
  let retryAt: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let armedAt: number | undefined;
  let sweeping: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const arm = (): void => {
    clearTimeout(timer);
    timer = undefined;
    armedAt = undefined;
    if (stopped || sweeping) return;
    let earliest = retryAt ?? Number.POSITIVE_INFINITY;
    for (const deadline of deadlines.values()) earliest = Math.min(earliest, deadline);
    if (earliest === Number.POSITIVE_INFINITY) return;
    armedAt = earliest;
    // One millisecond late rather than early: the clock and the timer round differently, and a
    // sweep a hair before the deadline finds nothing and has to run again.
    const delay = Math.min(Math.max(earliest - options.now().getTime() + 1, 0), MAX_DELAY_MS);
    timer = setTimeout(() => void sweepNow(), delay);
    // A pending deadline is no reason to keep the process alive: deadlines are persisted, and the
    // next start finds the overdue ones.
    timer.unref();
  };

  const sweepOnce = async (): Promise<void> => {
    const now = options.now();
    const before = new Map(deadlines);
    retryAt = undefined;
    try {
      await options.sweep(now);
    } catch (error) {
      options.onError?.(error);
      retryAt = now.getTime() + (options.retryMs ?? 1000);
    }
    // A deadline the sweep did not replace was handled or is not ours (its transaction rolled back,
    // another process advanced the saga): stop waiting for it. Ones set meanwhile stay.
    for (const [key, deadline] of before) {
      if (deadline <= now.getTime() && deadlines.get(key) === deadline) deadlines.delete(key);
    }
  };

  const sweepNow = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (sweeping) {
      again = true;
      return sweeping;
    }
    clearTimeout(timer);
    sweeping = (async () => {
      do {
        again = false;
        await sweepOnce();
      } while (again && !stopped);
    })().finally(() => {
      sweeping = undefined;
      arm();
    });
    return sweeping;
  };

  return {
    set(key, deadline) {
      const previous = deadlines.get(key);
      if (deadline) deadlines.set(key, deadline.getTime());
      else deadlines.delete(key);
      const earlier = deadline !== null && (armedAt === undefined || deadline.getTime() < armedAt);
      if (earlier || previous === armedAt) arm();
    },
    sweepNow,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await sweeping;
    },
  };
};
