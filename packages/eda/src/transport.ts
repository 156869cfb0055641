import type { Message } from './message.js';
import type { OutgoingMessage } from './storage.js';

/**
 * Where a new consumer group starts: the first retained message, only messages published after
 * it joins, or a global position (inclusive). An existing group always resumes where it stopped.
 */
export type StartFrom = 'beginning' | 'end' | { position: number };

export interface Retention {
  /** Drop messages older than this. */
  maxAgeMs?: number;
  /** Keep at most this many messages. */
  maxCount?: number;
}

/**
 * A stream keeps its messages (within retention) and every consumer group gets each of them.
 * A queue hands each message to one consumer and drops it once acked; subscribers of a queue
 * all belong to one implicit group, so they compete.
 */
export interface TopicOptions {
  kind: 'stream' | 'queue';
  retention?: Retention;
}

export interface BackoffOptions {
  /** Delay before the first redelivery (default 100 ms). */
  initialMs?: number;
  /** Upper bound of a delay (default 30 s). */
  maxMs?: number;
  /** Growth per attempt (default 2). */
  factor?: number;
  /** Fraction of random spread, 0..1 (default 0.2), so retries of many messages do not align. */
  jitter?: number;
}

/** What a handler learns about the delivery of a message. */
export interface Delivery {
  topic: string;
  group: string;
  key: string;
  /** The message's place in the topic's log. */
  position: number;
  /** 1 on the first delivery, then 2, 3, ... */
  attempt: number;
  /** Set when this delivery is a replay of a dead letter. */
  replayOf?: string;
}

/**
 * Resolving acks the message; throwing nacks it: it is redelivered after a backoff, and parked as
 * a dead letter once `maxAttempts` deliveries have failed. A permanent failure (a `PermanentError`,
 * or a message that cannot be decoded: see `isPermanent`) is parked at once, without retries.
 */
export type MessageHandler = (message: Message, delivery: Delivery) => Promise<void>;

export interface SubscribeOptions {
  /** The consumer group. Groups each get every message; members of one group compete. Queues ignore it. */
  group: string;
  startFrom?: StartFrom;
  /** Messages this subscriber handles at once (default 1). Same-key messages never overlap. */
  concurrency?: number;
  /** Deliveries before a message is parked (default 5). */
  maxAttempts?: number;
  backoff?: BackoffOptions;
}

export interface Subscription {
  /** Stops taking messages, waits for the in-flight ones to finish, and leaves the group. */
  close(): Promise<void>;
}

/**
 * A message parked for a person or a replay: it failed `maxAttempts` times, or once with a
 * permanent failure (`PermanentError`, or it could not be decoded).
 */
export interface DeadLetter {
  id: string;
  group: string;
  topic: string;
  key: string;
  position: number;
  message: Message;
  error: string;
  attempts: number;
  parkedAt: Date;
  /** True while a replay is queued or running. */
  replaying: boolean;
}

/**
 * Contract: a dead letter stays until it is replayed successfully or discarded. `replay` hands the
 * message again to the group that parked it (and to no other group); if it fails again it is
 * parked again with the new error.
 */
export interface DeadLetterStore {
  list(filter?: { group?: string; topic?: string }): Promise<DeadLetter[]>;
  replay(id: string): Promise<void>;
  discard(id: string): Promise<void>;
}

/**
 * A publish/subscribe transport with streams, queues, consumer groups and dead letters.
 *
 * Contract: delivery is at least once. Within a group, messages with the same key are handled
 * one at a time in publish order; different keys run concurrently. A failing message is retried
 * with exponential backoff and jitter, then parked, and never blocks messages of other keys; a
 * permanent failure (`PermanentError`, or a message that cannot be decoded) is parked at once.
 * Nothing published is lost when subscribers close and reopen.
 */
export interface Transport {
  /** Declares a topic's kind and retention. Undeclared topics are streams without retention. */
  declare(topic: string, options: TopicOptions): Promise<void>;
  publish(messages: OutgoingMessage[]): Promise<void>;
  subscribe(topics: string | string[], handler: MessageHandler, options: SubscribeOptions): Promise<Subscription>;
  readonly deadLetters: DeadLetterStore;
  /** Closes every subscription (draining in-flight handlers), then the transport. */
  close(): Promise<void>;
}
