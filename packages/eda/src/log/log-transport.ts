import { encodeMessage } from '../event-codec.js';
import type { MessageRegistry } from '../registry.js';
import type { OutgoingMessage } from '../storage.js';
import type { DeadLetterStore, TopicOptions, Transport } from '../transport.js';
import { createConsumerGroups } from './consumer-groups.js';
import { GroupConsumer } from './group-consumer.js';
import type { MessageLog } from './message-log.js';
import { readableDeadLetter } from './readable-dead-letter.js';
import { createRetentionTrimmer } from './retention-trimmer.js';

export interface LogTransportOptions {
  /**
   * Validates every published message; invalid or unknown ones are refused before anything is
   * appended. On delivery (and replay) each message is upcast from the schema version it was
   * appended with to the current one; one that does not decode is a permanent failure and is
   * parked at once, without retries (`isPermanent`). Without a registry messages are delivered as
   * stored.
   */
  registry?: MessageRegistry;
  /** Records read per log read (default 100). */
  batchSize?: number;
  /**
   * The safety poll (default 1000 ms): picks up appends and replay requests made by other
   * processes, and applies retention by age. Appends through this process wake consumers at once
   * via `log.onAppend`, and its replays ask their consumer directly; this interval is never on
   * those paths.
   */
  fallbackPollMs?: number;
  /** The clock for dead letters and retention (default: the system clock). */
  now?: () => Date;
  /** Where errors of background work (reads, saves, parks, trims) go (default: `console.error`). */
  onError?: (error: unknown, context: string) => void;
}

const reportToConsole = (error: unknown, context: string) => console.error(`@mallbots/eda log transport: ${context}`, error);

/**
 * A `Transport` over a `MessageLog`: the same delivery engine (consumer groups, per-key order,
 * retries with backoff, dead letters, queues, retention) for every log adapter.
 *
 * Contract, beyond `Transport`'s:
 * - One delivery engine runs per (group, topic) per transport; subscribers of the same group in
 *   this transport join it and compete. The group's progress is durable in the log, so a group
 *   resumes where it stopped after a close or a restart, and every message is handled at least once.
 * - Queues: all subscribers share one group named after the topic, which starts at the beginning
 *   (messages queued before any consumer existed are delivered); acked records are removed.
 *   Declare a queue before subscribing to it.
 * - `close` drains every subscription and persists progress; it does not close the log, which
 *   belongs to whoever created it.
 *
 * Trap: two *processes* consuming the same group are not coordinated (no lease): each would get
 * every message of that group. Run one consumer process per group, or use a broker transport.
 * Trap: retries waiting for their backoff when a group stops are not remembered; the next start
 * delivers those messages again from attempt 1.
 */
export const createLogTransport = (log: MessageLog, options: LogTransportOptions = {}): Transport => {
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? reportToConsole;
  const trimmer = createRetentionTrimmer(log, now, onError);
  let closed = false;

  const assertOpen = () => {
    if (closed) throw new Error('the transport is closed');
  };

  const groups = createConsumerGroups({
    open: (group, topic, queue, subscribe, after) =>
      new GroupConsumer({
        log,
        registry: options.registry,
        group,
        topic,
        queue,
        startFrom: queue ? 'beginning' : (subscribe.startFrom ?? 'beginning'),
        batchSize,
        maxBuffered: batchSize * 10,
        now,
        onError,
        after,
      }),
    isQueue: async (topic) => (await log.topicOptions(topic))?.kind === 'queue',
    assertOpen,
    // The poll keeps the process alive exactly while a subscription is open: an open subscription
    // is live work (as an open server is), and a transport with none must not hold a process.
    onSubscriptionsChanged: (count) => (count > 0 ? poll.ref() : poll.unref()),
  });

  const stopListening = log.onAppend((topic) => {
    trimmer.touched(topic);
    for (const consumer of groups.consumers()) if (consumer.topic === topic) consumer.notify();
  });

  const poll = setInterval(() => {
    trimmer.tick();
    for (const consumer of groups.consumers()) {
      consumer.requestReplays();
      consumer.notify();
    }
  }, options.fallbackPollMs ?? 1000);
  poll.unref();

  const publish = async (messages: OutgoingMessage[]) => {
    assertOpen();
    // Everything is validated before anything is appended.
    const records = messages.map(({ topic, key, message }) => ({ topic, key: key ?? message.id, ...encodeMessage(options.registry, message) }));
    if (records.length > 0) await log.append(records);
  };

  const deadLetters: DeadLetterStore = {
    list: async (filter) => (await log.listDeadLetters(filter)).map((letter) => readableDeadLetter(options.registry, letter)),
    async replay(id) {
      const letter = await log.getDeadLetter(id);
      if (!letter) throw new Error(`no dead letter ${id}`);
      await log.setReplaying(id, true);
      // A running consumer of the owning group picks it up now; otherwise it does when it starts.
      groups.get(letter.group, letter.topic)?.requestReplays();
    },
    discard: (id) => log.deleteDeadLetter(id),
  };

  return {
    async declare(topic: string, topicOptions: TopicOptions) {
      await log.declare(topic, topicOptions);
      // A retention declared on a topic that already holds records applies right away.
      trimmer.touched(topic);
    },
    publish,
    subscribe: groups.subscribe,
    deadLetters,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(poll);
      await groups.closeAll();
      stopListening();
      await trimmer.idle();
    },
  };
};
