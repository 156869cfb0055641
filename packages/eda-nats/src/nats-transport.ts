import {
  createConsumerGroups,
  encodeMessage,
  readableDeadLetter,
  type DeadLetterStore,
  type MessageRegistry,
  type NewLogRecord,
  type OutgoingMessage,
  type TopicOptions,
  type Transport,
} from '@mallbots/eda';
import { jetstream, JetStreamApiError, jetstreamManager, type ApiError, type JetStreamManager, type PubAck } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect, type NodeConnectionOptions } from '@nats-io/transport-node';
import { DeadLetterStream } from './dead-letter-stream.js';
import { GroupConsumer } from './group-consumer.js';
import { namesFor, QUEUE_DURABLE } from './names.js';
import { ReplyInbox } from './reply-inbox.js';
import { ServerReceipts } from './server-receipts.js';
import { TopicStreams } from './topic-streams.js';
import { encodeRecord, EXPECTED_LAST_ID_HEADER } from './wire.js';

export interface NatsTransportOptions {
  /**
   * Where NATS runs (`nats://host:4222`, or several for a cluster). The transport opens its own
   * connection, reconnecting forever, and closes it on `close`. Give this or `connection`.
   */
  servers?: string | string[];
  /**
   * Further options of the connection opened from `servers` (auth, TLS, name, ...). Defaults here:
   * reconnect forever, every 500 ms, and give up a connection attempt after 5 s.
   */
  connectionOptions?: Omit<NodeConnectionOptions, 'servers'>;
  /** A connection owned by the caller: used as is, and left open by `close`. */
  connection?: NatsConnection;
  /**
   * Names every stream, consumer and subject this transport creates (`<prefix>_T_<topic>`,
   * `<prefix>.t.<topic>`, `<prefix>_DLQ`): deployments and tests sharing a server stay apart.
   * Letters, digits and `-`.
   */
  prefix: string;
  /**
   * Validates every published message (invalid or unknown ones are refused before anything is
   * sent) and upcasts every delivered one from the schema version in its header. A message that
   * does not decode is a permanent failure: parked at once. Without it messages pass as they are.
   */
  registry?: MessageRegistry;
  /** The clock for dead letters (default: the system clock). Retention by age is the server's clock. */
  now?: () => Date;
  /**
   * The ack wait of the durables this transport creates (default 30 s): how long a delivery lost
   * on the wire takes to come back. An existing durable keeps the one it was created with.
   */
  ackWaitMs?: number;
  /** Unacked messages a new group may hold (default 1000): the read-ahead behind blocked keys. */
  maxAckPending?: number;
  /** How long a republished message id is dropped (default 2 min); see the outbox relay. */
  duplicateWindowMs?: number;
  /** Replicas of the streams this transport creates (default 1). */
  replicas?: number;
  /** The safety poll for replays requested while a wake-up was lost (default 5 s). */
  replayPollMs?: number;
  /** How long a publish waits for JetStream's ack (default 5 s). */
  publishTimeoutMs?: number;
  /**
   * Publishes of one topic in flight at once (default 128; 1 waits for each ack before the next).
   * Order holds either way: see `publishStored`.
   */
  publishWindow?: number;
  /** Where errors of background work (pulls, acks, parks) go (default: `console.error`). */
  onError?: (error: unknown, context: string) => void;
}

/** A `Transport` on JetStream, plus what the outbox relay needs. */
export interface NatsTransport extends Transport {
  readonly connection: NatsConnection;
  /**
   * Publishes records exactly as stored (data in the shape of `schemaVersion`, which travels in
   * a header): no validation, no upcasting. For relaying an outbox that validated them already.
   * Per topic in the given order, each with its message id as `Nats-Msg-Id`; resolves once all
   * are stored, each at most once within the duplicate window. Pipelined (see the method).
   */
  publishStored(records: NewLogRecord[], options?: PublishStoredOptions): Promise<void>;
}

export interface PublishStoredOptions {
  /**
   * Per topic, the id of the message the caller published there last (and saw acknowledged): the
   * first record of that topic then joins the pipeline at once, expecting that id as the stream's
   * last, instead of going alone first. If it is not the last (another publisher came between, a
   * server restart), that record is refused and published alone, as without it: never out of order.
   */
  lastIds?: Record<string, string>;
}


const reportToConsole = (error: unknown, context: string) => console.error(`@mallbots/eda-nats: ${context}`, error);

/**
 * A `Transport` on NATS JetStream: every topic is a stream, every consumer group a durable pull
 * consumer on it, dead letters live in a stream of their own (`DeadLetterStream`).
 *
 * Contract, beyond `Transport`'s:
 * - Topics: a stream (limits retention: `maxCount` → `max_msgs`, `maxAgeMs` → `max_age`) or a
 *   queue (WorkQueue retention: an acked message is gone). `position` is the stream sequence, so
 *   positions are per topic. Undeclared topics are streams kept until deleted.
 * - Publish: per topic in order, pipelined (`publishWindow` in flight) yet a failed publish never
 *   lets a later message of the same call overtake it: each expects its predecessor as the
 *   stream's last message (`Nats-Expected-Last-Msg-Id`), so the server refuses it otherwise (see
 *   `publishStored`). Each carries its id as `Nats-Msg-Id`: a republish within the duplicate
 *   window is dropped by the server.
 * - Groups: durable on the server, so a group resumes where it stopped after a close, a restart or
 *   in another process, and members in several processes compete for its messages. A new group
 *   starts at `startFrom` (`{ position }` is the stream sequence, inclusive); queues ignore the
 *   group and share one durable.
 * - Per-key order, retries with backoff, parking and replays: see `GroupConsumer`.
 * - The connection reconnects by itself (nats.js); pulls are renewed after a reconnect, and acks
 *   are retried through a short outage. Publishes fail while NATS is away: the caller (or the
 *   outbox relay) retries, and the message id keeps the retry from duplicating.
 * - `close` drains every subscription, hands unstarted messages back to JetStream, and closes the
 *   connection if it opened it.
 *
 * Trap: the first message of every `publish` call (and of every resume after a failure) goes
 * alone, one round trip, before the rest are pipelined: many calls of one message each are as slow
 * as before; batch them.
 */
export const createNatsTransport = async (options: NatsTransportOptions): Promise<NatsTransport> => {
  const names = namesFor(options.prefix);
  if (!options.connection && !options.servers) throw new Error('createNatsTransport needs `servers` or `connection`');
  const ownsConnection = !options.connection;
  const nc =
    options.connection ??
    (await connect({
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      // nats.js waits this long (default 20 s) for a (re)connection whose socket died mid-handshake.
      timeout: 5000,
      ...options.connectionOptions,
      servers: options.servers,
    }));
  const onError = options.onError ?? reportToConsole;
  const now = options.now ?? (() => new Date());
  const ackWaitMs = options.ackWaitMs ?? 30_000;
  const publishTimeoutMs = options.publishTimeoutMs ?? 5000;
  const publishWindow = Math.max(1, options.publishWindow ?? 128);
  const replicas = options.replicas ?? 1;
  let jsm: JetStreamManager;
  try {
    jsm = await jetstreamManager(nc, { timeout: publishTimeoutMs });
  } catch (error) {
    if (ownsConnection) await nc.close();
    throw error;
  }
  const replies = new ReplyInbox(nc);
  // Short: an ack whose receipt was lost in a reconnect is sent again sooner (acks are idempotent).
  const ackTimeoutMs = Math.min(publishTimeoutMs, 1000);
  const receipts = new ServerReceipts(nc, ackTimeoutMs);
  const streams = new TopicStreams({ jsm, names, duplicateWindowMs: options.duplicateWindowMs ?? 120_000, replicas });
  const letters = new DeadLetterStream({ jsm, js: jetstream(nc, { timeout: publishTimeoutMs }), names, replicas });
  let closed = false;

  const assertOpen = () => {
    if (closed) throw new Error('the transport is closed');
  };

  const groups = createConsumerGroups({
    open: (group, topic, queue, subscribe, after) =>
      new GroupConsumer({
        nc,
        jsm,
        names,
        deadLetters: letters,
        registry: options.registry,
        group,
        topic,
        durable: queue ? QUEUE_DURABLE : names.durable(group),
        startFrom: queue ? 'beginning' : (subscribe.startFrom ?? 'beginning'),
        ackWaitMs,
        maxAckPending: options.maxAckPending ?? 1000,
        pullBatch: 256,
        pullExpiresMs: 10_000,
        heartbeatMs: 3000,
        replies,
        receipts,
        ackTimeoutMs,
        replayPollMs: options.replayPollMs ?? 5000,
        now,
        onError,
        after,
      }),
    isQueue: async (topic) => (await streams.kind(topic)) === 'queue',
    assertOpen,
  });

  // After a reconnect, pull requests may have expired and replay wake-ups been missed: renew them.
  const status = nc.status();
  void (async () => {
    for await (const event of status) {
      if (event.type === 'reconnect') for (const consumer of groups.consumers()) consumer.reconnected();
    }
  })().catch((error: unknown) => onError(error, 'watching the connection'));

  /**
   * Publishes one record and waits for JetStream's ack (`js.publish`, through `replies`: see
   * `ReplyInbox`); with `after`, the server stores it only if `after` is the stream's last message id.
   */
  const publishRecord = async (subject: string, record: NewLogRecord, after?: string) => {
    const { payload, headers } = encodeRecord({ key: record.key, message: record.message, schemaVersion: record.schemaVersion ?? 1 });
    if (after !== undefined) headers.set(EXPECTED_LAST_ID_HEADER, after);
    const reply = await replies.request(subject, payload, publishTimeoutMs, headers);
    const ack = reply.json<PubAck & { error?: ApiError }>();
    if (ack.error) throw new JetStreamApiError(ack.error);
    if (!ack.stream) throw new Error(`publish to ${subject}: not a JetStream ack`);
  };

  /**
   * Publishes `list[from..]` with up to `publishWindow` in flight, each expecting its predecessor
   * as the stream's last message id (the first of the list: `before`). Stops sending at the first
   * failure and waits for everything in flight to settle. Returns the index of the first record
   * that was not acknowledged (`list.length` when all were).
   */
  const publishWindowed = (subject: string, list: NewLogRecord[], from: number, before: string): Promise<number> =>
    new Promise((resolve) => {
      const acked: boolean[] = [];
      let sent = from;
      let inFlight = 0;
      let failed = false;
      // Each settled publish sends the next: no race over everything in flight, per record.
      const pump = () => {
        while (sent < list.length && !failed && inFlight < publishWindow) {
          const index = sent++;
          inFlight++;
          const settled = () => {
            inFlight--;
            pump();
          };
          publishRecord(subject, list[index]!, index === 0 ? before : list[index - 1]!.message.id).then(
            () => {
              acked[index] = true;
              settled();
            },
            () => {
              failed = true;
              settled();
            },
          );
        }
        if (inFlight > 0) return;
        let first = from;
        while (first < sent && acked[first]) first++;
        resolve(first);
      };
      pump();
    });

  /**
   * Publishes the records of each topic in order, pipelined, and resolves once all are stored.
   *
   * How, per topic (a stream with a single subject):
   * 1. The first record goes alone (its predecessor in the stream is not known) and its ack is
   *    awaited; unless `options.lastIds` names the topic's last message: then it joins 2. at once,
   *    expecting that id.
   * 2. The next ones are pipelined, up to `publishWindow` in flight, record k+1 with
   *    `Nats-Expected-Last-Msg-Id: <id of record k>`: the server stores it only if k is the last
   *    message the stream stored. So if k was not stored (lost on a dying connection, refused,
   *    ...), k+1 is refused, and so is everything after it: nothing overtakes. (The sequence
   *    headers, `Nats-Expected-Last-Sequence`/`-Subject-Sequence`, would need k's ack first.)
   * 3. At the first failure no more are sent; once everything in flight has settled, it resumes at
   *    1. from the first record not acknowledged. That publish failing too fails the call (the
   *    caller retries, e.g. the outbox relay with backoff).
   *
   * At most once: a record republished after a failure (its ack lost, say) keeps its `Nats-Msg-Id`
   * and the server drops it as a duplicate within the duplicate window; JetStream checks duplicates
   * before the expected last id, so a duplicate is acknowledged whatever it expects. A duplicate
   * does not become the stream's last id: the next record's expectation may then be refused (only
   * when the stream's tail is not what this call published, e.g. another publisher interleaved),
   * and step 3 resumes, one round trip later; it always progresses.
   *
   * Trap: the expectation is on the stream's last message, so publishers interleaving on one topic
   * (two relays, a relay and `publish`) refuse each other's windows: correct, but slow.
   * Trap: NATS 2.9 forgets the last message id when it restarts: the first expectation after a
   * restart is refused and resumed as above.
   */
  const publishStored = async (records: NewLogRecord[], options: PublishStoredOptions = {}) => {
    assertOpen();
    const byTopic = new Map<string, NewLogRecord[]>();
    for (const record of records) {
      const list = byTopic.get(record.topic);
      if (list) list.push(record);
      else byTopic.set(record.topic, [record]);
    }
    await Promise.all(
      [...byTopic].map(async ([topic, list]) => {
        await streams.kind(topic);
        const subject = names.topicSubject(topic);
        try {
          const lastId = options.lastIds?.[topic];
          let next = lastId === undefined ? 0 : await publishWindowed(subject, list, 0, lastId);
          while (next < list.length) {
            await publishRecord(subject, list[next]!);
            next = await publishWindowed(subject, list, next + 1, list[next]!.message.id);
          }
        } catch (error) {
          // The next attempt checks the stream again (it may have been deleted meanwhile).
          streams.forget(topic);
          throw error;
        }
      }),
    );
  };

  const publish = async (messages: OutgoingMessage[]) => {
    assertOpen();
    // Everything is validated before anything is sent.
    const records = messages.map(({ topic, key, message }) => ({ topic, key: key ?? message.id, ...encodeMessage(options.registry, message) }));
    if (records.length > 0) await publishStored(records);
  };

  const deadLetters: DeadLetterStore = {
    list: async (filter) => (await letters.list(filter)).map((letter) => readableDeadLetter(options.registry, letter)),
    async replay(id) {
      const letter = await letters.setReplaying(id, true);
      const local = groups.get(letter.group, letter.topic);
      // A consumer of the group here runs it now; otherwise whichever process runs the group is
      // woken (a queue subscription: one of them), and a group not running at all does it when it starts.
      if (local && !local.stopping) local.requestReplays();
      else nc.publish(names.replaySubject(letter.group, letter.topic));
    },
    discard: (id) => letters.delete(id),
  };

  return {
    connection: nc,
    async declare(topic: string, topicOptions: TopicOptions) {
      assertOpen();
      await streams.declare(topic, topicOptions);
    },
    publish,
    publishStored,
    subscribe: groups.subscribe,
    deadLetters,
    async close() {
      if (closed) return;
      closed = true;
      await groups.closeAll();
      replies.close();
      (status as { stop?: () => void }).stop?.();
      if (ownsConnection && !nc.isClosed()) {
        // Sends what is buffered (acks, naks) before the socket closes.
        await nc.drain().catch((error: unknown) => onError(error, 'closing the connection'));
      }
    },
  };
};
