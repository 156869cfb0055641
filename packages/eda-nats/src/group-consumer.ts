import {
  backoffDelay,
  decodeMessage,
  isPermanent,
  PermanentError,
  type Delivery,
  MemberRoster,
  type Member,
  type Message,
  type MessageRegistry,
  type StartFrom,
} from '@mallbots/eda';
import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  ReplayPolicy,
  type ConsumerConfig,
  type ConsumerInfo,
  type JetStreamManager,
} from '@nats-io/jetstream';
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import type { DeadLetterStream, StoredDeadLetter } from './dead-letter-stream.js';
import type { Names } from './names.js';
import { Puller } from './puller.js';
import type { PulledMessage } from './pulled-message.js';
import type { ReplyInbox } from './reply-inbox.js';
import type { ServerReceipts } from './server-receipts.js';
import { decodeRecord, placeholderMessage, readHeader, TYPE_HEADER, type ReceivedRecord } from './wire.js';

export interface GroupConsumerOptions {
  nc: NatsConnection;
  jsm: JetStreamManager;
  names: Names;
  deadLetters: DeadLetterStream;
  /** Upcasts each message from the schema version it was published with before delivery. */
  registry?: MessageRegistry;
  group: string;
  topic: string;
  /** The durable's name on the topic's stream. */
  durable: string;
  /** Where the durable starts when it does not exist yet. */
  startFrom: StartFrom;
  /** The ack wait of a durable this creates; an existing durable keeps its own (which is then used). */
  ackWaitMs: number;
  maxAckPending: number;
  pullBatch: number;
  pullExpiresMs: number;
  heartbeatMs: number;
  /** Where terms wait for the server's reply. */
  replies: ReplyInbox;
  /** What confirms that the server has the acks. */
  receipts: ServerReceipts;
  ackTimeoutMs: number;
  /** The safety poll for replays requested while a wake-up was lost. */
  replayPollMs: number;
  now: () => Date;
  onError: (error: unknown, context: string) => void;
  /** Resolves when a previous consumer of the same group and topic in this transport has stopped. */
  after?: Promise<void>;
}

/**
 * A message held by this consumer: a JetStream delivery, or a dead letter being replayed.
 *
 * - `queued`: waiting for its key (it is not the head of its key) or for a free member.
 * - `running`: a handler has it.
 * - `waiting`: failed; a stream message was nak'ed with the backoff as delay and JetStream will
 *   deliver it again, a replay waits for a local timer. Its key stays blocked meanwhile.
 */
interface Entry {
  key: string;
  /** The stream sequence (the delivery's position); a replay: the parked message's position. */
  seq: number;
  state: 'queued' | 'running' | 'waiting';
  attempt: number;
  /** The newest delivery of a stream message. */
  pulled?: PulledMessage;
  record?: ReceivedRecord;
  replay?: StoredDeadLetter;
  timer?: ReturnType<typeof setTimeout>;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The delivery engine of one consumer group on one topic in one transport: a durable pull
 * consumer on the topic's stream, shared by every member of the group in this transport.
 *
 * Per-key order. JetStream orders a consumer's deliveries by stream sequence but knows nothing
 * of keys: with several messages in flight, two of one key would run at once, and a nak'ed one
 * would be overtaken by its successors. So the order is kept here, in the client: every
 * delivery is held in a per-key queue, only the head of a key runs, and a failed head keeps its
 * key blocked until its redelivery has succeeded or been parked. Different keys run concurrently.
 * The server bounds what is held with `max_ack_pending`; held messages get `+WPI` (working)
 * every third of `ack_wait` so that waiting their turn never makes them time out.
 *
 * Why not subject-per-key partitions with `max_ack_pending: 1`: that needs one consumer per
 * partition per group (a 50-group topic with 16 partitions is 800 consumers) and a way to share
 * partitions among processes, which JetStream 2.9 does not have. The price of the choice is the
 * trap below.
 *
 * Retries and dead letters. A failed delivery is nak'ed with `backoffDelay(attempt)` as its
 * delay: JetStream keeps it and counts its deliveries (`attempt` is JetStream's delivery count,
 * so it survives restarts). After `maxAttempts` deliveries, or at once for a permanent failure
 * (`isPermanent`, a malformed envelope), it is parked in the dead-letter stream and then `term`ed.
 * If parking fails it is nak'ed again and retried: never dropped. A dead letter marked for replay
 * runs here again (attempts from 1, local backoff) and is deleted on success or parked again.
 *
 * Trap: per-key order holds among the members of one transport. Several *processes* consuming one
 * group pull from one durable with no notion of keys, so two of them may run one key at once.
 * Run one process per group when order matters (the inbox keeps effects exactly-once either way).
 * Trap: a delivery lost on the wire when a connection drops is redelivered only after `ack_wait`,
 * possibly after later messages of its key. `ack_wait` bounds that delay.
 * Trap: `attempt` counts JetStream deliveries, so a message handed back unhandled (a subscriber
 * closing, an expired ack wait) has used one.
 */
export class GroupConsumer {
  readonly group: string;
  readonly topic: string;
  readonly ready: Promise<void>;
  readonly #options: GroupConsumerOptions;
  readonly #roster = new MemberRoster();
  /** Held messages by key, in order; only the head of a key is ever running or waiting. */
  readonly #keys = new Map<string, Entry[]>();
  /** Keys whose head is queued, in the order they became ready. */
  readonly #ready = new Set<string>();
  readonly #bySeq = new Map<number, Entry>();
  readonly #replaying = new Set<string>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  #ackWaitMs: number;
  #puller: Puller | undefined;
  #replayWakeups: Subscription | undefined;
  #dispatching = false;
  #stopping = false;
  #stopped: Promise<void> | undefined;
  #checkingReplays: Promise<void> | undefined;
  #checkAgain = false;
  /** Acks, naks and parks under way (each also holds its key). */
  readonly #settling = new Set<Promise<void>>();
  /** Deliveries that arrived while stopping: handed back once the pull has stopped. */
  readonly #handBack: PulledMessage[] = [];

  constructor(options: GroupConsumerOptions) {
    this.#options = options;
    this.#ackWaitMs = options.ackWaitMs;
    this.group = options.group;
    this.topic = options.topic;
    this.ready = this.#start();
  }

  get stopping(): boolean {
    return this.#stopping;
  }

  /** Adds a member; resolves once the durable exists and messages flow. */
  async join(member: Member): Promise<void> {
    this.#roster.join(member, this);
    await this.ready;
    this.wake();
  }

  /** Removes a member that has drained; returns true when it was the last and the consumer stopped. */
  async leave(member: Member): Promise<boolean> {
    if (!this.#roster.leave(member, this)) return false;
    await this.stop();
    return true;
  }

  /** The connection came back: the pull request may be gone, and replay wake-ups may have been missed. */
  reconnected(): void {
    this.#puller?.reset();
    this.requestReplays();
  }

  /** Dead letters of this group may have been marked for replay. */
  requestReplays(): void {
    if (this.#stopping) return;
    if (this.#checkingReplays) {
      this.#checkAgain = true;
      return;
    }
    this.#checkingReplays = this.#checkReplays().finally(() => {
      this.#checkingReplays = undefined;
      if (this.#checkAgain) {
        this.#checkAgain = false;
        this.requestReplays();
      }
    });
  }

  /** A member has a free slot, or a key was released: hand out more work. */
  wake(): void {
    if (this.#dispatching || this.#stopping) return;
    this.#dispatching = true;
    try {
      this.#dispatch();
    } finally {
      this.#dispatching = false;
    }
  }

  /**
   * Waits for the acks and parks under way, stops pulling, hands every held message that is not
   * running back to JetStream (nak without delay, so another member gets it at once) and forgets
   * pending replays (their letters stay marked and run at the next start). Members have drained
   * their handlers before. Idempotent.
   */
  stop(): Promise<void> {
    this.#stopped ??= this.#stop();
    return this.#stopped;
  }

  async #stop(): Promise<void> {
    this.#stopping = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    await this.ready.catch(() => undefined);
    this.#replayWakeups?.unsubscribe();
    while (this.#settling.size > 0) await Promise.allSettled([...this.#settling]);
    // Drained: deliveries still on their way arrive in `#received`, which keeps them to hand back.
    await this.#puller?.stop();
    // A replay check under way is not awaited (its request may be lost in a reconnect and only
    // time out): seeing `#stopping`, it takes nothing.
    // Only now, with no pull request of ours left, can a nak not be redelivered into the void.
    for (const pulled of this.#handBack.splice(0)) pulled.nak(0);
    for (const entries of this.#keys.values()) {
      for (const entry of entries) {
        clearTimeout(entry.timer);
        if (entry.pulled && entry.state === 'queued') entry.pulled.nak(0);
      }
    }
    this.#keys.clear();
    this.#ready.clear();
    this.#bySeq.clear();
    this.#replaying.clear();
  }

  async #start(): Promise<void> {
    const { nc, names, group, topic, durable, pullBatch, pullExpiresMs, heartbeatMs, replies, receipts, ackTimeoutMs, replayPollMs } = this.#options;
    await this.#options.after;
    const info = await this.#ensureDurable();
    // The durable's own ack wait: it may predate this process's options.
    this.#ackWaitMs = info.config.ack_wait ? info.config.ack_wait / 1_000_000 : this.#options.ackWaitMs;
    if (this.#stopping) return;
    this.#puller = new Puller({
      nc,
      jsm: this.#options.jsm,
      stream: names.topicStream(topic),
      durable,
      batch: pullBatch,
      expiresMs: pullExpiresMs,
      heartbeatMs,
      replies,
      receipts,
      ackTimeoutMs,
      onMessage: (pulled) => this.#received(pulled),
      onError: this.#options.onError,
    });
    this.#puller.start();
    // A queue group: a replay request wakes one process of the group, not all of them.
    this.#replayWakeups = nc.subscribe(names.replaySubject(group, topic), { queue: 'replay', callback: () => this.requestReplays() });
    this.#every(Math.max(50, Math.floor(this.#ackWaitMs / 3)), () => this.#keepAlive());
    this.#every(replayPollMs, () => this.requestReplays());
    this.requestReplays();
  }

  #every(ms: number, work: () => void): void {
    const timer = setInterval(work, ms);
    timer.unref?.();
    this.#timers.add(timer as unknown as ReturnType<typeof setTimeout>);
  }

  /** Creates the durable unless it exists: an existing group resumes where it stopped, whatever `startFrom` says. */
  async #ensureDurable(): Promise<ConsumerInfo> {
    const { jsm, names, topic, durable, startFrom, ackWaitMs, maxAckPending } = this.#options;
    const stream = names.topicStream(topic);
    try {
      return await jsm.consumers.info(stream, durable);
    } catch (error) {
      if (!(error instanceof JetStreamApiError && error.code === JetStreamApiCodes.ConsumerNotFound)) throw error;
    }
    const config: Partial<ConsumerConfig> = {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      ack_wait: ackWaitMs * 1_000_000,
      // Unlimited: this consumer counts attempts and parks; a server-side limit would silently
      // stop redelivering a message that a crash kept from being parked.
      max_deliver: -1,
      max_ack_pending: maxAckPending,
      replay_policy: ReplayPolicy.Instant,
      ...(startFrom === 'beginning'
        ? { deliver_policy: DeliverPolicy.All }
        : startFrom === 'end'
          ? { deliver_policy: DeliverPolicy.New }
          : { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: Math.max(1, startFrom.position) }),
    };
    try {
      return await jsm.consumers.add(stream, config);
    } catch (error) {
      // Created meanwhile by another process: join it.
      return await jsm.consumers.info(stream, durable).catch(() => Promise.reject(error));
    }
  }

  #received(pulled: PulledMessage): void {
    if (this.#stopping) {
      this.#handBack.push(pulled);
      return;
    }
    const held = this.#bySeq.get(pulled.seq);
    if (held) {
      // A redelivery of a message we hold: the one we nak'ed (its turn again), or one whose ack
      // wait expired while a connection was down. Keep the newest delivery to settle it with.
      held.pulled = pulled;
      held.attempt = Math.max(held.attempt, pulled.deliveryCount);
      if (held.state === 'waiting') {
        clearTimeout(held.timer);
        held.state = 'queued';
        this.#ready.add(held.key);
        this.wake();
      }
      return;
    }
    const record = decodeRecord(pulled.data, pulled.headers, `${this.topic}#${pulled.seq}`);
    const entry: Entry = { key: record.key, seq: pulled.seq, state: 'queued', attempt: pulled.deliveryCount, pulled, record };
    this.#bySeq.set(entry.seq, entry);
    this.#insert(entry);
    this.wake();
  }

  /**
   * Puts `entry` in its key's queue: replays right behind the active head, stream messages in
   * stream order (a redelivery that lost its place goes back to it, unless a later one runs already).
   */
  #insert(entry: Entry): void {
    const list = this.#keys.get(entry.key) ?? [];
    this.#keys.set(entry.key, list);
    let index = list[0] && list[0].state !== 'queued' ? 1 : 0;
    if (!entry.replay) {
      while (index < list.length && (list[index]!.replay || list[index]!.seq < entry.seq)) index++;
    }
    list.splice(index, 0, entry);
    if (list[0]!.state === 'queued') this.#ready.add(entry.key);
  }

  #remove(entry: Entry): void {
    clearTimeout(entry.timer);
    if (entry.pulled && this.#bySeq.get(entry.seq) === entry) this.#bySeq.delete(entry.seq);
    const list = this.#keys.get(entry.key);
    if (list) {
      const index = list.indexOf(entry);
      if (index >= 0) list.splice(index, 1);
      if (list.length === 0) {
        this.#keys.delete(entry.key);
        this.#ready.delete(entry.key);
      } else if (list[0]!.state === 'queued') {
        this.#ready.add(entry.key);
      }
    }
    this.wake();
  }

  #dispatch(): void {
    while (!this.#stopping && this.#ready.size > 0) {
      const member = this.#roster.whoseTurn();
      if (!member) return;
      const key = this.#ready.values().next().value as string;
      this.#ready.delete(key);
      const head = this.#keys.get(key)?.[0];
      if (!head || head.state !== 'queued') continue;
      head.state = 'running';
      this.#roster.served(member);
      this.#deliver(head, member);
    }
  }

  #deliver(entry: Entry, member: Member): void {
    const { group, topic } = this.#options;
    const delivery: Delivery = {
      topic,
      group,
      key: entry.key,
      position: entry.seq,
      attempt: entry.attempt,
      ...(entry.replay ? { replayOf: entry.replay.id } : {}),
    };
    member.run(async () => {
      let outcome: { ok: true } | { ok: false; error: unknown };
      try {
        // Decoded per attempt, inside the try: a message that cannot be decoded is parked (a
        // permanent failure) instead of being dropped or stalling its key.
        await member.handler(this.#decode(entry), delivery);
        outcome = { ok: true };
      } catch (error) {
        outcome = { ok: false, error };
      }
      // Settling (ack, nak, park) holds the key but not the member's slot: an ack stuck in a
      // reconnect must not stop the member from handling other keys. `stop` waits for it.
      const settling = outcome.ok ? this.#succeeded(entry) : this.#failed(entry, member, outcome.error);
      this.#settling.add(settling);
      void settling.finally(() => this.#settling.delete(settling));
    });
  }

  #decode(entry: Entry): Message {
    if (entry.replay) return decodeMessage(this.#options.registry, entry.replay.message, entry.replay.schemaVersion);
    const record = entry.record!;
    if (!record.message) throw new PermanentError(record.malformed);
    return decodeMessage(this.#options.registry, record.message, record.schemaVersion);
  }

  async #succeeded(entry: Entry): Promise<void> {
    if (entry.replay) {
      const id = entry.replay.id;
      try {
        await this.#options.deadLetters.delete(id);
      } catch (error) {
        // The letter stays marked for replay; the next replay check delivers it again: at least once.
        this.#options.onError(error, `deleting replayed dead letter ${id}`);
      }
      this.#replaying.delete(id);
    } else {
      await this.#settle(entry, 'ack', (pulled) => pulled.ack());
    }
    this.#remove(entry);
  }

  async #failed(entry: Entry, member: Member, error: unknown): Promise<void> {
    const delayMs = backoffDelay(entry.attempt, member.backoff);
    if (entry.attempt < member.maxAttempts && !isPermanent(error)) {
      this.#retryLater(entry, delayMs, entry.attempt + 1);
      return;
    }
    const { group, topic, deadLetters, now } = this.#options;
    const stored = this.#storedForm(entry);
    let id: string;
    try {
      id = await deadLetters.park({
        group,
        topic,
        key: entry.key,
        position: entry.seq,
        // The stored form and its version: a replay decodes it again, like a first delivery.
        message: stored.message,
        schemaVersion: stored.schemaVersion,
        error: errorText(error),
        attempts: entry.attempt,
        parkedAt: now(),
      });
    } catch (parkError) {
      // Never drop a message: keep its key blocked and run the last attempt again later.
      this.#options.onError(parkError, `parking message ${stored.message.id} of ${topic} for ${group}`);
      this.#retryLater(entry, delayMs, entry.attempt);
      return;
    }
    if (entry.replay) this.#replaying.delete(entry.replay.id);
    else await this.#settle(entry, `term (parked as dead letter ${id})`, (pulled) => pulled.term());
    this.#remove(entry);
  }

  /** The message as it was published (or parked), for a dead letter. */
  #storedForm(entry: Entry): { message: Message; schemaVersion: number } {
    if (entry.replay) return { message: entry.replay.message, schemaVersion: entry.replay.schemaVersion };
    const record = entry.record!;
    return {
      message: record.message ?? placeholderMessage(record, readHeader(entry.pulled?.headers, TYPE_HEADER)),
      schemaVersion: record.schemaVersion,
    };
  }

  /**
   * Runs `entry` again after `delayMs` as attempt `next`; its key stays blocked meanwhile. A stream
   * message goes back to JetStream (nak with delay), which redelivers it with its count raised; a
   * replay waits for a local timer. If the redelivery never comes back here (another process of
   * the group got it), the key is released after the delay plus two ack waits.
   */
  #retryLater(entry: Entry, delayMs: number, next: number): void {
    if (this.#stopping) {
      // `stop` hands queued messages back at once (nak without delay); replays stay marked.
      entry.state = 'queued';
      return;
    }
    entry.state = 'waiting';
    if (entry.pulled) {
      entry.timer = this.#timer(delayMs + 2 * this.#ackWaitMs, () => {
        if (entry.state === 'waiting') this.#remove(entry);
      });
      entry.pulled.nak(delayMs);
      return;
    }
    entry.timer = this.#timer(delayMs, () => {
      entry.state = 'queued';
      entry.attempt = next;
      if (this.#keys.get(entry.key)?.[0] === entry) this.#ready.add(entry.key);
      this.wake();
    });
  }

  #timer(ms: number, work: () => void): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      work();
    }, ms);
    this.#timers.add(timer);
    return timer;
  }

  /**
   * Acks or terms with the server's confirmation (for an ack: of its receipt), retrying through a
   * short connection loss. Gives up after a few tries (the server then redelivers: at least once)
   * rather than blocking the key.
   */
  async #settle(entry: Entry, what: string, settle: (pulled: PulledMessage) => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        // The newest delivery: a redelivery may have replaced the one that ran.
        await settle(entry.pulled!);
        return;
      } catch (error) {
        if (attempt >= 3 || this.#options.nc.isClosed()) {
          this.#options.onError(error, `${what} of message ${entry.seq} on ${this.topic} for ${this.group}`);
          return;
        }
        await sleep(200 * attempt);
      }
    }
  }

  /** Held messages (queued or running) tell the server they are still being worked on. */
  #keepAlive(): void {
    if (this.#options.nc.isClosed()) return;
    for (const entry of this.#bySeq.values()) {
      if (entry.state !== 'waiting') entry.pulled?.working();
    }
  }

  async #checkReplays(): Promise<void> {
    const { deadLetters, group, topic } = this.#options;
    try {
      await this.ready;
      const letters = await deadLetters.list({ group, topic, replaying: true });
      if (this.#stopping) return;
      for (const letter of letters) {
        if (this.#replaying.has(letter.id)) continue;
        this.#replaying.add(letter.id);
        this.#insert({ key: letter.key, seq: letter.position, state: 'queued', attempt: 1, replay: letter });
      }
      this.wake();
    } catch (error) {
      if (!this.#stopping) this.#options.onError(error, `checking replays of ${group} on ${topic}`);
    }
  }
}
