import type { Message } from '../message.js';
import type { DeadLetter, Retention, TopicOptions } from '../transport.js';

/** A message in a topic's log. */
export interface LogRecord {
  /** Global position, strictly increasing across all topics, assigned at commit order. */
  position: number;
  topic: string;
  key: string;
  /** As stored: its data has the shape of `schemaVersion`, not necessarily the current one. */
  message: Message;
  /**
   * The registry's version of the message's type when it was appended (1 without a registry).
   * Kept so that a reader with a newer registry upcasts the data instead of delivering it in its
   * old shape after a deploy that bumps the version.
   */
  schemaVersion: number;
  /** When it was appended (for retention by age). */
  appendedAt: Date;
}

/** A record to append. */
export interface NewLogRecord {
  topic: string;
  key: string;
  message: Message;
  /** The schema version `message.data` was encoded with (`encodeMessage`); default 1. */
  schemaVersion?: number;
}

/**
 * A dead letter as the log stores it: the parked message exactly as it was in the log, with the
 * schema version it was written under.
 *
 * Why the stored form and not the message the handler got: a replay may run after a later deploy
 * bumps the type's version again, so the letter must say which version its data has; keeping the
 * log's own bytes and version means a replay decodes exactly like a first delivery (and a record
 * that failed to decode at all can be parked too, and replayed once an upcaster is fixed). The
 * public `DeadLetter` stays version-free: the transport decodes for display.
 */
export interface StoredDeadLetter extends DeadLetter {
  schemaVersion: number;
}

/** What `park` takes: a dead letter without id and replay flag; `schemaVersion` defaults to 1. */
export type NewDeadLetter = Omit<DeadLetter, 'id' | 'replaying'> & { schemaVersion?: number };

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
 * - `onAppend` listeners are called after the commit that made records readable; a throwing
 *   listener never fails the append (`notifyListeners`). Nothing else calls them: a replay
 *   request (`setReplaying`) is only a flag, which the transport acts on itself.
 * - The dead-letter methods and `saveGroup` are each atomic.
 * - Records and dead letters keep their `schemaVersion` as given; the log never decodes (the
 *   transport does, with its registry).
 */
export interface MessageLog {
  declare(topic: string, options: TopicOptions): Promise<void>;
  topicOptions(topic: string): Promise<TopicOptions | undefined>;
  /** Appends in order; a record without `schemaVersion` is stored at version 1. */
  append(records: NewLogRecord[]): Promise<number[]>;
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
  park(letter: NewDeadLetter): Promise<string>;
  listDeadLetters(filter?: { group?: string; topic?: string; replaying?: boolean }): Promise<StoredDeadLetter[]>;
  getDeadLetter(id: string): Promise<StoredDeadLetter | undefined>;
  setReplaying(id: string, replaying: boolean): Promise<void>;
  deleteDeadLetter(id: string): Promise<void>;

  /** Listens for appends (the topic appended to); returns the unsubscribe function. */
  onAppend(listener: (topic: string) => void): () => void;
  close(): Promise<void>;
}
