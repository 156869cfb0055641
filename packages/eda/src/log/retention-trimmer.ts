import type { MessageLog } from './message-log.js';

export interface RetentionTrimmer {
  /** Records were appended to `topic`: trim it soon (coalesced to one trim per topic per tick). */
  touched(topic: string): void;
  /** Time passed: trim the topics known to retain by age. */
  tick(): void;
  /** Resolves when no trim is running or scheduled. */
  idle(): Promise<void>;
}

/**
 * Applies each stream's declared retention after appends and, for retention by age, on `tick`.
 * Trimming is best effort: an error is reported and the next append or tick tries again.
 */
export const createRetentionTrimmer = (
  log: MessageLog,
  now: () => Date,
  onError: (error: unknown, context: string) => void,
): RetentionTrimmer => {
  const pending = new Set<string>();
  const byAge = new Set<string>();
  let scheduled: Promise<void> | undefined;

  const trim = async (topic: string) => {
    const retention = (await log.topicOptions(topic))?.retention;
    if (retention?.maxAgeMs !== undefined) byAge.add(topic);
    else byAge.delete(topic);
    if (retention && (retention.maxAgeMs !== undefined || retention.maxCount !== undefined)) {
      await log.trim(topic, retention, now());
    }
  };

  const flush = async () => {
    const topics = [...pending];
    pending.clear();
    for (const topic of topics) {
      try {
        await trim(topic);
      } catch (error) {
        onError(error, `trimming ${topic}`);
      }
    }
  };

  const schedule = () => {
    scheduled ??= new Promise<void>((resolve) => setImmediate(resolve))
      .then(flush)
      .finally(() => {
        scheduled = undefined;
        // Topics touched while the flush ran.
        if (pending.size > 0) schedule();
      });
  };

  const touched = (topic: string) => {
    pending.add(topic);
    schedule();
  };

  return {
    touched,
    tick: () => byAge.forEach(touched),
    idle: async () => {
      while (scheduled) await scheduled;
    },
  };
};
