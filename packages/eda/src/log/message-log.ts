import type { Message } from '../message.js';
import type { DeadLetter, Retention, TopicOptions } from '../transport.js';

/** A message in a topic's log. */
export interface LogRecord {
  /** Global position, strictly increasing across all topics, assigned at commit order. */
  position: number;
  topic: string;
  key: string;
  message: Message;
  /** When it was appended (for retention by age). */
  appendedAt: Date;
}

/** A consumer group's durable progress on one topic. */
export interface GroupState {
  /** Every message of the topic at or below this position is done (acked or parked). */
  cursor: number;
  /** Positions above the cursor that are done already (out-of-order acks across keys). */
  done: number[];
}

/**
 * The storage under the log transport (`createLogTransport`): an append-only log of topics with
 * durable group state and a dead-letter table. The in-memory and SQLite adapters implement it;
 * the delivery engine (groups, per-key order, retries, dead letters) is shared.
 *
 * Contract:
 * - `append` assigns positions in commit order, so `read` never skips a later-committed record.
 * - `onAppend` listeners are called after the commit that made records readable.
 * - The dead-letter methods and `saveGroup` are each atomic.
 */
export interface MessageLog {
  declare(topic: string, options: TopicOptions): Promise<void>;
  topicOptions(topic: string): Promise<TopicOptions | undefined>;
  append(records: { topic: string; key: string; message: Message }[]): Promise<number[]>;
  /** Records of `topic` with a position above `after`, in order, at most `limit`. */
  read(topic: string, after: number, limit: number): Promise<LogRecord[]>;
  /** The highest position ever appended to `topic` (0 when none). */
  lastPosition(topic: string): Promise<number>;
  /** Queues: removes acked records. */
  remove(topic: string, positions: number[]): Promise<void>;
  /** Drops records beyond the retention; returns how many. */
  trim(topic: string, retention: Retention, now: Date): Promise<number>;

  loadGroup(group: string, topic: string): Promise<GroupState | undefined>;
  saveGroup(group: string, topic: string, state: GroupState): Promise<void>;

  /** Parks a message (upsert by group, topic and message id) and returns the dead letter's id. */
  park(letter: Omit<DeadLetter, 'id' | 'replaying'>): Promise<string>;
  listDeadLetters(filter?: { group?: string; topic?: string; replaying?: boolean }): Promise<DeadLetter[]>;
  getDeadLetter(id: string): Promise<DeadLetter | undefined>;
  setReplaying(id: string, replaying: boolean): Promise<void>;
  deleteDeadLetter(id: string): Promise<void>;

  /** Listens for appends and replay requests; returns the unsubscribe function. */
  onAppend(listener: (topic: string) => void): () => void;
  close(): Promise<void>;
}
