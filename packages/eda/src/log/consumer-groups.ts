import type { MessageHandler, SubscribeOptions, Subscription } from '../transport.js';
import { Member } from './member.js';

/** Deliveries before a message is parked, when a subscription names none. */
export const DEFAULT_MAX_ATTEMPTS = 5;

/** What a transport's consumer of one group on one topic offers to the bookkeeping below. */
export interface GroupConsumerLike {
  readonly group: string;
  readonly topic: string;
  /** Set once `stop` was called: a new subscriber gets a new consumer. */
  readonly stopping: boolean;
  /** Settles once the consumer runs (or failed to start). */
  readonly ready: Promise<void>;
  join(member: Member): Promise<void>;
  /** Returns true when `member` was the last and the consumer stopped. */
  leave(member: Member): Promise<boolean>;
  stop(): Promise<void>;
}

export interface ConsumerGroupsOptions<C extends GroupConsumerLike> {
  /**
   * Creates the consumer of `group` on `topic`; `after` settles once a stopping predecessor of the
   * same group has persisted its progress (start after it).
   */
  open(group: string, topic: string, queue: boolean, options: SubscribeOptions, after: Promise<void> | undefined): C;
  /** Whether `topic` is a queue (its subscribers share one implicit group). */
  isQueue(topic: string): Promise<boolean>;
  /** Throws when the transport is closed. */
  assertOpen(): void;
  /** Called with the number of open subscriptions after it changed. */
  onSubscriptionsChanged?(count: number): void;
}

/**
 * The subscription bookkeeping every group-consuming transport shares: one consumer per group and
 * topic (a new one once the old one is stopping), a `Member` per subscription joining the consumer
 * of each of its topics, and leaving them on close (the last to leave stops the consumer).
 */
export const createConsumerGroups = <C extends GroupConsumerLike>(options: ConsumerGroupsOptions<C>) => {
  const consumers = new Map<string, C>();
  const subscriptions = new Set<Subscription>();
  const keyOf = (group: string, topic: string) => `${group}\u0000${topic}`;

  /** The running consumer of the group, or a new one that starts once a stopping predecessor has persisted. */
  const consumerFor = (group: string, topic: string, queue: boolean, subscribe: SubscribeOptions): C => {
    const key = keyOf(group, topic);
    const existing = consumers.get(key);
    if (existing && !existing.stopping) return existing;
    const consumer = options.open(group, topic, queue, subscribe, existing?.stop());
    consumers.set(key, consumer);
    consumer.ready.catch(() => {
      if (consumers.get(key) === consumer) consumers.delete(key);
    });
    return consumer;
  };

  const leave = async (member: Member, consumer: C) => {
    if (await consumer.leave(member)) {
      const key = keyOf(consumer.group, consumer.topic);
      if (consumers.get(key) === consumer) consumers.delete(key);
    }
  };

  return {
    /** The running consumers. */
    consumers: (): IterableIterator<C> => consumers.values(),
    /** The consumer of `group` on `topic`, if one runs in this process. */
    get: (group: string, topic: string): C | undefined => consumers.get(keyOf(group, topic)),

    async subscribe(topics: string | string[], handler: MessageHandler, subscribeOptions: SubscribeOptions): Promise<Subscription> {
      options.assertOpen();
      const member = new Member({
        handler,
        concurrency: subscribeOptions.concurrency ?? 1,
        maxAttempts: subscribeOptions.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        backoff: subscribeOptions.backoff ?? {},
      });
      const joined: C[] = [];
      const close = async () => {
        await member.close();
        await Promise.all(joined.map((consumer) => leave(member, consumer)));
        if (subscriptions.delete(subscription)) options.onSubscriptionsChanged?.(subscriptions.size);
      };
      const subscription: Subscription = { close };
      try {
        for (const topic of [...new Set(Array.isArray(topics) ? topics : [topics])]) {
          const queue = await options.isQueue(topic);
          const consumer = consumerFor(queue ? topic : subscribeOptions.group, topic, queue, subscribeOptions);
          // Listed before joining: a join that fails still leaves the consumer on close.
          joined.push(consumer);
          await consumer.join(member);
        }
        options.assertOpen();
      } catch (error) {
        await close();
        throw error;
      }
      subscriptions.add(subscription);
      options.onSubscriptionsChanged?.(subscriptions.size);
      return subscription;
    },

    /** Closes every subscription (draining its handlers), then stops every consumer. */
    async closeAll(): Promise<void> {
      await Promise.all([...subscriptions].map((subscription) => subscription.close()));
      await Promise.all([...consumers.values()].map((consumer) => consumer.stop()));
      consumers.clear();
    },
  };
};
