import type { TopicOptions } from '@mallbots/eda';
import {
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
  type StreamInfo,
} from '@nats-io/jetstream';
import type { Names } from './names.js';

export type TopicKind = TopicOptions['kind'];

export interface TopicStreamsOptions {
  jsm: JetStreamManager;
  names: Names;
  /** How long JetStream remembers a `Nats-Msg-Id` to drop a republish. */
  duplicateWindowMs: number;
  replicas: number;
}

const nanos = (ms: number) => Math.round(ms * 1_000_000);

/**
 * One JetStream stream per topic, created on first use. The stream's config is the durable truth
 * about the topic: a queue is a stream with WorkQueue retention (an acked message is removed, and
 * JetStream allows it a single consumer, which all queue subscribers share), a stream keeps
 * messages by limits (`retention.maxCount` → `max_msgs`, `retention.maxAgeMs` → `max_age`).
 * Another process, or this one after a restart, learns a topic's kind from the stream itself.
 *
 * Trap: JetStream cannot change a stream's retention policy. A topic used before it was declared
 * a queue (a publish or subscribe creates it as a plain stream) cannot become one: `declare`
 * throws. Declare queues before anything touches them, as with the log transport.
 * Trap: the duplicate window cannot exceed `max_age`; a topic with a shorter retention by age
 * deduplicates only within that age.
 */
export class TopicStreams {
  readonly #options: TopicStreamsOptions;
  readonly #kinds = new Map<string, Promise<TopicKind>>();

  constructor(options: TopicStreamsOptions) {
    this.#options = options;
  }

  /** The kind of `topic`, creating it as a stream without retention when it does not exist. */
  kind(topic: string): Promise<TopicKind> {
    let kind = this.#kinds.get(topic);
    if (!kind) {
      kind = this.#ensure(topic);
      this.#kinds.set(topic, kind);
      kind.catch(() => {
        if (this.#kinds.get(topic) === kind) this.#kinds.delete(topic);
      });
    }
    return kind;
  }

  /** Drops what is known of `topic` (a publish failed: its stream may have been deleted). */
  forget(topic: string): void {
    this.#kinds.delete(topic);
  }

  async declare(topic: string, options: TopicOptions): Promise<void> {
    const { jsm, names } = this.#options;
    const name = names.topicStream(topic);
    const wanted = this.#config(topic, options);
    const existing = await this.#info(name);
    if (!existing) {
      await this.#add(wanted);
    } else {
      const kind = kindOf(existing);
      if (kind !== options.kind) {
        throw new Error(
          `topic "${topic}" is a ${kind} and cannot become a ${options.kind}: JetStream cannot change a stream's retention policy (delete stream ${name} first)`,
        );
      }
      await jsm.streams.update(name, { max_msgs: wanted.max_msgs, max_age: wanted.max_age, duplicate_window: wanted.duplicate_window });
    }
    this.#kinds.set(topic, Promise.resolve(options.kind));
  }

  async #ensure(topic: string): Promise<TopicKind> {
    const existing = await this.#info(this.#options.names.topicStream(topic));
    if (existing) return kindOf(existing);
    return kindOf(await this.#add(this.#config(topic, { kind: 'stream' })));
  }

  async #info(name: string): Promise<StreamInfo | undefined> {
    try {
      return await this.#options.jsm.streams.info(name);
    } catch (error) {
      if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound) return undefined;
      throw error;
    }
  }

  async #add(config: Partial<StreamConfig> & { name: string }): Promise<StreamInfo> {
    try {
      return await this.#options.jsm.streams.add(config);
    } catch (error) {
      // Created meanwhile by another process (maybe with another config: it wins, like a declare).
      const existing = await this.#info(config.name);
      if (existing) return existing;
      throw error;
    }
  }

  #config(topic: string, options: TopicOptions): Partial<StreamConfig> & { name: string } {
    const { names, duplicateWindowMs, replicas } = this.#options;
    const maxAgeMs = options.retention?.maxAgeMs ?? 0;
    return {
      name: names.topicStream(topic),
      subjects: [names.topicSubject(topic)],
      retention: options.kind === 'queue' ? RetentionPolicy.Workqueue : RetentionPolicy.Limits,
      max_msgs: options.retention?.maxCount ?? -1,
      max_age: nanos(maxAgeMs),
      discard: DiscardPolicy.Old,
      storage: StorageType.File,
      num_replicas: replicas,
      duplicate_window: nanos(maxAgeMs > 0 ? Math.min(duplicateWindowMs, maxAgeMs) : duplicateWindowMs),
    };
  }
}

const kindOf = (info: StreamInfo): TopicKind => (info.config.retention === RetentionPolicy.Workqueue ? 'queue' : 'stream');
