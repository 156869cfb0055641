import { jsonClone } from '../event-codec.js';
import { newId } from '../ids.js';
import type { GroupState, LogRecord, MessageLog, StoredDeadLetter } from '../log/message-log.js';
import type { Message } from '../message.js';
import { notifyListeners } from '../notify-listeners.js';
import type { Retention, TopicOptions } from '../transport.js';

export interface MemoryMessageLogOptions {
  /** The clock stamped on appended records (`appendedAt`, used by retention by age). */
  now?: () => Date;
}

const groupKey = (group: string, topic: string) => `${group}\u0000${topic}`;

/** The index of the first record whose position is above `after` (records are sorted). */
const firstAbove = (records: LogRecord[], after: number): number => {
  let low = 0;
  let high = records.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (records[mid]!.position <= after) low = mid + 1;
    else high = mid;
  }
  return low;
};

const copyLetter = (letter: StoredDeadLetter): StoredDeadLetter => ({ ...letter, parkedAt: new Date(letter.parkedAt) });

/**
 * A `MessageLog` in memory, for tests and single-process tools: nothing survives the process.
 *
 * Positions are global across topics and assigned in append order; each `append` is atomic
 * (JavaScript runs it to completion) and `onAppend` listeners run right after it (a throwing one
 * is reported and never fails the append: its records are stored).
 */
export const createMemoryMessageLog = (options: MemoryMessageLogOptions = {}): MessageLog => {
  const now = options.now ?? (() => new Date());
  const topics = new Map<string, TopicOptions>();
  const records = new Map<string, LogRecord[]>();
  const lastPositions = new Map<string, number>();
  const groups = new Map<string, GroupState>();
  const letters = new Map<string, StoredDeadLetter>();
  const listeners = new Set<(topic: string) => void>();
  let position = 0;

  const recordsOf = (topic: string): LogRecord[] => {
    let list = records.get(topic);
    if (!list) records.set(topic, (list = []));
    return list;
  };

  return {
    async declare(topic: string, topicOptions: TopicOptions) {
      topics.set(topic, { ...topicOptions, retention: topicOptions.retention && { ...topicOptions.retention } });
    },

    async topicOptions(topic: string) {
      return topics.get(topic);
    },

    async append(batch) {
      const appendedAt = now();
      const positions = batch.map(({ topic, key, message, schemaVersion = 1 }) => {
        // Stored as a database would: a copy, with data and metadata as JSON gives them back.
        const stored: Message = { ...message, data: jsonClone(message.data), metadata: jsonClone(message.metadata) };
        const record: LogRecord = { position: ++position, topic, key, message: stored, schemaVersion, appendedAt };
        recordsOf(topic).push(record);
        lastPositions.set(topic, record.position);
        return record.position;
      });
      for (const topic of new Set(batch.map((r) => r.topic))) notifyListeners(listeners, topic, 'topic appended');
      return positions;
    },

    async read(topic: string, after: number, limit: number) {
      const list = records.get(topic) ?? [];
      const start = firstAbove(list, after);
      return list.slice(start, start + limit);
    },

    async lastPosition(topic: string) {
      return lastPositions.get(topic) ?? 0;
    },

    async remove(topic: string, positions: number[]) {
      const gone = new Set(positions);
      const list = records.get(topic);
      if (list) records.set(topic, list.filter((r) => !gone.has(r.position)));
    },

    async trim(topic: string, retention: Retention, at: Date) {
      const list = records.get(topic) ?? [];
      let kept = list;
      if (retention.maxAgeMs !== undefined) {
        const oldest = at.getTime() - retention.maxAgeMs;
        kept = kept.filter((r) => r.appendedAt.getTime() >= oldest);
      }
      if (retention.maxCount !== undefined && kept.length > retention.maxCount) {
        kept = kept.slice(kept.length - retention.maxCount);
      }
      records.set(topic, kept);
      return list.length - kept.length;
    },

    async loadGroup(group: string, topic: string) {
      const state = groups.get(groupKey(group, topic));
      return state && { cursor: state.cursor, done: [...state.done] };
    },

    async saveGroup(group: string, topic: string, state: GroupState) {
      groups.set(groupKey(group, topic), { cursor: state.cursor, done: [...state.done] });
    },

    async park(letter) {
      const existing = [...letters.values()].find(
        (l) => l.group === letter.group && l.topic === letter.topic && l.message.id === letter.message.id,
      );
      const id = existing?.id ?? newId();
      letters.set(id, { ...letter, schemaVersion: letter.schemaVersion ?? 1, parkedAt: new Date(letter.parkedAt), id, replaying: false });
      return id;
    },

    async listDeadLetters(filter = {}) {
      return [...letters.values()]
        .filter(
          (l) =>
            (filter.group === undefined || l.group === filter.group) &&
            (filter.topic === undefined || l.topic === filter.topic) &&
            (filter.replaying === undefined || l.replaying === filter.replaying),
        )
        .sort((a, b) => a.parkedAt.getTime() - b.parkedAt.getTime() || a.position - b.position)
        .map(copyLetter);
    },

    async getDeadLetter(id: string) {
      const letter = letters.get(id);
      return letter && copyLetter(letter);
    },

    async setReplaying(id: string, replaying: boolean) {
      const letter = letters.get(id);
      // Only a flag: the transport asks its consumer for the replay itself (`requestReplays`).
      if (letter) letter.replaying = replaying;
    },

    async deleteDeadLetter(id: string) {
      letters.delete(id);
    },

    onAppend(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async close() {
      listeners.clear();
    },
  };
};
