import {
  decodeMessage,
  type BackoffOptions,
  type LogRecord,
  type MessageLog,
  type MessageRegistry,
  type Transport,
} from '@mallbots/eda';
import type { NatsTransport } from './nats-transport.js';
import { TopicRelay } from './topic-relay.js';

export interface OutboxRelayOptions {
  /** The storage's message log: where `tx.outbox.add` appends (SQLite, PostgreSQL). */
  log: MessageLog;
  /**
   * Where records go. A transport from `createNatsTransport` gets them exactly as stored, their
   * schema version in a header; any other transport gets them through `publish` (see `registry`).
   */
  target: Transport;
  /**
   * Topics to relay from the start. Others are learnt from `log.onAppend` as they are written.
   * Trap: a topic with a backlog but no new append since the relay started is only relayed once
   * it is listed here (the log cannot list its topics), so list every topic the outbox writes.
   */
  topics?: string[];
  /** The log group that holds the relay's progress per topic (default `outbox-relay`). */
  name?: string;
  /**
   * Only for a target that is not a NATS transport: records are upcast to the current schema
   * version before `target.publish`, which validates them again. Without it they are published
   * as stored, and a target with a registry would read old-shaped data as the current version.
   */
  registry?: MessageRegistry;
  /** Records per read and publish (default 100). */
  batchSize?: number;
  /** Retries of a failed publish (default: from 100 ms, doubling, up to 5 s, 20 % jitter). */
  backoff?: BackoffOptions;
  /**
   * The safety poll (default 5000 ms): picks up appends by other processes, which `onAppend`
   * does not see. Appends in this process wake the relay at once; the poll is never on that path.
   */
  fallbackPollMs?: number;
  /** Where failed reads, publishes and saves go (default: `console.error`). They are retried. */
  onError?: (error: unknown, context: string) => void;
}

export interface OutboxRelay {
  /** Resolves once every known topic is relayed up to what its log held (for tests and shutdown). */
  idle(): Promise<void>;
  /** Stops relaying (after the publish in progress) and stops listening to the log. Not the log. */
  close(): Promise<void>;
}

const reportToConsole = (error: unknown, context: string) => console.error(`@mallbots/eda-nats outbox relay: ${context}`, error);

const isNatsTransport = (target: Transport): target is NatsTransport =>
  typeof (target as Partial<NatsTransport>).publishStored === 'function';

/**
 * The relay of a transactional outbox: follows a storage's message log topic by topic in position
 * (commit) order and publishes every record to `target` with its message id as the message id of
 * the broker (`Nats-Msg-Id`), saving its progress in the log as group `name`.
 *
 * Contract:
 * - Per topic, records reach the target in commit order; topics are relayed independently.
 * - At least once, and exactly once in effect within the target's duplicate window: a relay that
 *   crashes after a publish and before saving its progress publishes those records again, and
 *   JetStream drops them by `Nats-Msg-Id` (window: the transport's `duplicateWindowMs`, 2 min by
 *   default; keep restarts shorter, or consumers must deduplicate with their inbox anyway).
 * - The target down: the relay retries with backoff, the outbox (the log) keeps growing and
 *   nothing is lost; when it is back, the backlog drains in order.
 * - Woken by `log.onAppend`, so a commit is relayed at once; the fallback poll is slow.
 *
 * Trap: run one relay per log. Two relays both publish everything (deduplicated within the window,
 * but twice the work and a race on the saved progress).
 * Trap: the relay never deletes from the log. With SQLite or PostgreSQL as the outbox, declare a
 * retention on the outbox topics (`log.declare`) or the log grows forever.
 */
export const createOutboxRelay = (options: OutboxRelayOptions): OutboxRelay => {
  const { log, target } = options;
  const name = options.name ?? 'outbox-relay';
  const onError = options.onError ?? reportToConsole;
  const backoff = { initialMs: 100, maxMs: 5000, ...options.backoff };
  const relays = new Map<string, TopicRelay>();
  let closed = false;

  const publish = async (records: LogRecord[], previous: LogRecord | undefined) => {
    if (isNatsTransport(target)) {
      await target.publishStored(
        records.map(({ topic, key, message, schemaVersion }) => ({ topic, key, message, schemaVersion })),
        previous && { lastIds: { [previous.topic]: previous.message.id } },
      );
      return;
    }
    await target.publish(
      records.map(({ topic, key, message, schemaVersion }) => ({ topic, key, message: decodeMessage(options.registry, message, schemaVersion) })),
    );
  };

  const relayOf = (topic: string): TopicRelay => {
    let relay = relays.get(topic);
    if (!relay) {
      relay = new TopicRelay({ log, topic, name, publish, batchSize: Math.max(1, options.batchSize ?? 100), backoff, onError });
      relays.set(topic, relay);
    }
    return relay;
  };

  const stopListening = log.onAppend((topic) => {
    if (!closed) relayOf(topic).notify();
  });
  const poll = setInterval(() => {
    for (const relay of relays.values()) relay.notify();
  }, options.fallbackPollMs ?? 5000);
  poll.unref();

  for (const topic of new Set(options.topics ?? [])) relayOf(topic).notify();

  return {
    async idle() {
      await Promise.all([...relays.values()].map((relay) => relay.idle()));
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(poll);
      stopListening();
      await Promise.all([...relays.values()].map((relay) => relay.stop()));
    },
  };
};
