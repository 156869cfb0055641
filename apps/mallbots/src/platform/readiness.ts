import type { MessageLog } from '@mallbots/eda';

/**
 * Tells when every consumer has caught up with what was published before the process started:
 * `GET /ready` answers 200 from then on. Targets are taken once, at `arm()` (after all modules
 * started); readiness is a latch, later traffic never makes the process "unready" again.
 *
 * Without a log (a transport whose progress is not readable here), readiness follows `arm()` alone.
 */
export interface Readiness {
  /** A consumer group and the topics it follows. */
  track(group: string, topics: readonly string[]): void;
  /** Takes the targets: the head of each tracked topic now. */
  arm(): Promise<void>;
  isReady(): Promise<boolean>;
}

export const createReadiness = (log: MessageLog | undefined): Readiness => {
  const groups: { group: string; topic: string }[] = [];
  let targets: Map<string, number> | undefined;
  let ready = false;

  const groupsCaughtUp = async (targets: Map<string, number>): Promise<boolean> => {
    if (!log) return true;
    for (const { group, topic } of groups) {
      const target = targets.get(topic) ?? 0;
      if (target === 0) continue;
      const state = await log.loadGroup(group, topic);
      if (!state || state.cursor < target) return false;
    }
    return true;
  };

  return {
    track(group, topics) {
      for (const topic of topics) groups.push({ group, topic });
    },
    async arm() {
      const heads = new Map<string, number>();
      for (const { topic } of groups) heads.set(topic, log ? await log.lastPosition(topic) : 0);
      targets = heads;
    },
    async isReady() {
      if (ready) return true;
      if (!targets) return false;
      ready = await groupsCaughtUp(targets);
      return ready;
    },
  };
};
