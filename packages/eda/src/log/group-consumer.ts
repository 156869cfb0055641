import { isPermanent } from '../errors.js';
import { decodeMessage } from '../event-codec.js';
import type { MessageRegistry } from '../registry.js';
import type { Delivery, StartFrom } from '../transport.js';
import { backoffDelay } from './backoff.js';
import { MemberRoster, type Member } from './member.js';
import type { LogRecord, MessageLog } from './message-log.js';
import { GroupProgress } from './group-progress.js';

export interface GroupConsumerOptions {
  log: MessageLog;
  /** Upcasts each record from its stored schema version to the current one before delivery. */
  registry?: MessageRegistry;
  group: string;
  topic: string;
  /** Queue topics remove acked records from the log. */
  queue: boolean;
  /** Where the group starts when it has no saved state. */
  startFrom: StartFrom;
  /** Records read per `log.read`. */
  batchSize: number;
  /** Records read ahead but not yet handed out; past it, reading waits for blocked keys. */
  maxBuffered: number;
  now: () => Date;
  onError: (error: unknown, context: string) => void;
  /** Resolves when a previous consumer of the same group and topic has stopped and persisted. */
  after?: Promise<void>;
}

/** A message waiting for, or in, delivery. */
interface Entry {
  record: LogRecord;
  attempt: number;
  /** The dead letter this delivery replays; its position is already done for the group. */
  replayOf?: string;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * While the consumer's reads keep failing (its database is down), one report per this many ms: each
 * wake-up retries, and reporting every failure would flood the log during an outage.
 */
export const READ_FAILURE_REPORT_INTERVAL_MS = 10_000;

/**
 * The delivery engine of one consumer group on one topic, shared by every member of the group
 * in this transport.
 *
 * Contract:
 * - Members get messages round-robin, each within its own concurrency.
 * - Two messages of one key never run at once, and a key's messages run in log order: while a
 *   key is busy (in flight or waiting for a retry) its later messages wait; other keys flow.
 * - A failed delivery is retried after `backoffDelay(attempt)` with `attempt + 1`; after the
 *   member's `maxAttempts` failures it is parked as a dead letter and the key is released. A
 *   permanent failure (`isPermanent`) is parked at once: retrying it would fail the same way.
 * - Progress (`GroupProgress`) is saved at most once per tick and always before `stop` resolves.
 *   A message is only marked done after its handler resolved or it was parked, so a crash
 *   redelivers (at least once) and never skips.
 * - Dead letters of this group marked `replaying` are redelivered (attempt from 1, `replayOf`
 *   set) when `requestReplays` is called and when the consumer starts.
 * - With a registry, every delivery (replays too) decodes the record from its stored schema
 *   version to the current one. A record that does not decode (unknown type, invalid after
 *   upcasting) is a permanent failure: parked at once with the error, never dropped.
 *   The log keeps the stored form; a park stores that form with its version, never the decoded one.
 *
 * Trap: it reads ahead at most `maxBuffered` records. If that many wait behind busy keys, reading
 * pauses until one of those keys is released (at worst after its retries end in a park).
 */
export class GroupConsumer {
  readonly group: string;
  readonly topic: string;
  readonly ready: Promise<void>;
  readonly #options: GroupConsumerOptions;
  readonly #roster = new MemberRoster();
  #progress = new GroupProgress(0, []);
  /** Read, not yet handed to a member, in log order. */
  readonly #backlog: Entry[] = [];
  /** Failed entries whose backoff elapsed; each still holds its key. */
  readonly #retries: Entry[] = [];
  /** Dead-letter replays waiting for their key to be free. */
  readonly #replays: Entry[] = [];
  readonly #replaying = new Set<string>();
  readonly #busyKeys = new Set<string>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  /** Bumped by `notify`; reading is needed unless a short read happened since the last bump. */
  #appendSeq = 1;
  #caughtUpAt = 0;
  #checkReplays = true;
  #pumping: Promise<void> = Promise.resolve();
  /** When a failed step was last reported (since the last success), and how many failed since without a report. */
  #failureReportedAt: number | undefined;
  #failuresUnreported = 0;
  #pumpActive = false;
  #wakeAgain = false;
  #stopping = false;
  #stopped: Promise<void> | undefined;
  #persistScheduled = false;
  #persisting: Promise<void> = Promise.resolve();
  readonly #pendingRemovals: number[] = [];
  #dirty = false;

  constructor(options: GroupConsumerOptions) {
    this.#options = options;
    this.group = options.group;
    this.topic = options.topic;
    this.ready = this.#start();
  }

  get stopping(): boolean {
    return this.#stopping;
  }

  /** Adds a member; resolves once the group's progress is loaded and the member takes work. */
  async join(member: Member): Promise<void> {
    // Joined at once, so that a member leaving meanwhile does not stop the consumer under us.
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

  /** New records may be in the log (an append, or the safety poll). */
  notify(): void {
    this.#appendSeq++;
    this.wake();
  }

  /** Dead letters of this group may have been marked for replay. */
  requestReplays(): void {
    this.#checkReplays = true;
    this.wake();
  }

  /** Something changed (a free slot, a released key, an elapsed backoff): hand out more work. */
  wake(): void {
    if (this.#stopping) return;
    this.#wakeAgain = true;
    if (this.#pumpActive) return;
    this.#pumpActive = true;
    this.#pumping = this.#pump();
  }

  /** Stops taking work, cancels pending retries (they are redelivered on the next start) and persists. Idempotent. */
  stop(): Promise<void> {
    this.#stopped ??= this.#stop();
    return this.#stopped;
  }

  async #stop(): Promise<void> {
    this.#stopping = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    await this.ready.catch(() => undefined);
    await this.#pumping;
    await this.#persisting;
    await this.#flush();
  }

  async #start(): Promise<void> {
    const { log, group, topic, startFrom } = this.#options;
    await this.#options.after;
    const saved = await log.loadGroup(group, topic);
    if (saved) {
      this.#progress = new GroupProgress(saved.cursor, saved.done);
      return;
    }
    const cursor =
      startFrom === 'beginning' ? 0 : startFrom === 'end' ? await log.lastPosition(topic) : Math.max(startFrom.position - 1, 0);
    this.#progress = new GroupProgress(cursor, []);
    // Saved at once so that a group starting at 'end' keeps the place where it joined.
    await log.saveGroup(group, topic, this.#progress.state());
  }

  /** Runs steps until no wake is pending. The last check and the reset of `#pumpActive` happen in one turn, so no wake is lost. */
  async #pump(): Promise<void> {
    try {
      if (!(await this.ready.then(() => true, () => false))) return;
      while (this.#wakeAgain && !this.#stopping) {
        this.#wakeAgain = false;
        try {
          await this.#step();
          this.#failureReportedAt = undefined;
        } catch (error) {
          // The safety poll wakes the consumer again; nothing read is lost, only delayed.
          this.#reportFailure(error);
        }
      }
    } finally {
      this.#pumpActive = false;
    }
  }

  /** Reports the first failure after a success at once, then at most one per `READ_FAILURE_REPORT_INTERVAL_MS`. */
  #reportFailure(error: unknown): void {
    const at = this.#options.now().getTime();
    if (this.#failureReportedAt !== undefined && at - this.#failureReportedAt < READ_FAILURE_REPORT_INTERVAL_MS) {
      this.#failuresUnreported++;
      return;
    }
    const more = this.#failuresUnreported > 0 ? ` (and ${this.#failuresUnreported} more failures since the last report)` : '';
    this.#options.onError(error, `consumer ${this.group} on ${this.topic}${more}`);
    this.#failureReportedAt = at;
    this.#failuresUnreported = 0;
  }

  async #step(): Promise<void> {
    const { log, group, topic, batchSize, maxBuffered } = this.#options;
    if (this.#checkReplays) {
      this.#checkReplays = false;
      for (const letter of await log.listDeadLetters({ group, topic, replaying: true })) {
        if (this.#replaying.has(letter.id)) continue;
        this.#replaying.add(letter.id);
        const record: LogRecord = {
          position: letter.position,
          topic,
          key: letter.key,
          message: letter.message,
          schemaVersion: letter.schemaVersion,
          appendedAt: letter.parkedAt,
        };
        this.#replays.push({ record, attempt: 1, replayOf: letter.id });
      }
    }
    this.#dispatch();
    while (!this.#stopping && this.#roster.anyFree && this.#appendSeq !== this.#caughtUpAt && this.#backlog.length < maxBuffered) {
      const seq = this.#appendSeq;
      const records = await log.read(topic, this.#progress.readPosition, batchSize);
      for (const record of records) {
        if (this.#progress.accept(record.position)) this.#backlog.push({ record, attempt: 1 });
      }
      if (records.length < batchSize) this.#caughtUpAt = seq;
      if (this.#progress.retire()) this.#schedulePersist();
      this.#dispatch();
    }
  }

  #dispatch(): void {
    while (!this.#stopping) {
      const member = this.#roster.whoseTurn();
      if (!member) return;
      const entry = this.#takeNext();
      if (!entry) return;
      this.#roster.served(member);
      this.#deliver(entry, member);
    }
  }

  /** Elapsed retries first (they hold their key), then replays and new records whose key is free. */
  #takeNext(): Entry | undefined {
    const retry = this.#retries.shift();
    if (retry) return retry;
    for (const queue of [this.#replays, this.#backlog]) {
      const index = queue.findIndex((entry) => !this.#busyKeys.has(entry.record.key));
      if (index >= 0) {
        const [entry] = queue.splice(index, 1);
        this.#busyKeys.add(entry!.record.key);
        return entry;
      }
    }
    return undefined;
  }

  #deliver(entry: Entry, member: Member): void {
    const { group, topic } = this.#options;
    const { record, attempt, replayOf } = entry;
    const delivery: Delivery = { topic, group, key: record.key, position: record.position, attempt, ...(replayOf === undefined ? {} : { replayOf }) };
    member.run(async () => {
      try {
        // Decoded per attempt, inside the try: a record that cannot be decoded is parked (a
        // permanent failure) instead of being dropped or stalling its key.
        const message = decodeMessage(this.#options.registry, record.message, record.schemaVersion);
        await member.handler(message, delivery);
      } catch (error) {
        await this.#failed(entry, member, error);
        return;
      }
      await this.#acked(entry);
    });
  }

  async #acked(entry: Entry): Promise<void> {
    const { record, replayOf } = entry;
    if (replayOf) {
      try {
        await this.#options.log.deleteDeadLetter(replayOf);
      } catch (error) {
        // The letter stays marked replaying, and the next replay request (at the latest the
        // transport's fallback poll, within fallbackPollMs) delivers it again: at least once.
        this.#options.onError(error, `deleting replayed dead letter ${replayOf}`);
      }
      this.#replaying.delete(replayOf);
    } else {
      this.#done(record.position);
    }
    this.#busyKeys.delete(record.key);
  }

  async #failed(entry: Entry, member: Member, error: unknown): Promise<void> {
    if (entry.attempt < member.maxAttempts && !isPermanent(error)) {
      this.#retryLater(entry, backoffDelay(entry.attempt, member.backoff));
      return;
    }
    const { log, group, topic, now } = this.#options;
    const { record, attempt, replayOf } = entry;
    try {
      await log.park({
        group,
        topic,
        key: record.key,
        position: record.position,
        // The stored form and its version (see `StoredDeadLetter`): a replay decodes it again.
        message: record.message,
        schemaVersion: record.schemaVersion,
        error: errorText(error),
        attempts: attempt,
        parkedAt: now(),
      });
    } catch (parkError) {
      // Never drop a message: keep the key blocked and try the last attempt again later.
      this.#options.onError(parkError, `parking message ${record.message.id} of ${topic} for ${group}`);
      this.#retryLater({ ...entry, attempt: attempt - 1 }, backoffDelay(attempt, member.backoff));
      return;
    }
    if (replayOf) this.#replaying.delete(replayOf);
    else this.#done(record.position);
    this.#busyKeys.delete(record.key);
  }

  /** Requeues `entry` as its next attempt after `delayMs`; its key stays busy meanwhile. */
  #retryLater(entry: Entry, delayMs: number): void {
    if (this.#stopping) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.#retries.push({ ...entry, attempt: entry.attempt + 1 });
      this.wake();
    }, delayMs);
    this.#timers.add(timer);
  }

  #done(position: number): void {
    this.#progress.markDone(position);
    if (this.#options.queue) this.#pendingRemovals.push(position);
    this.#schedulePersist();
  }

  #schedulePersist(): void {
    this.#dirty = true;
    if (this.#persistScheduled) return;
    this.#persistScheduled = true;
    setImmediate(() => {
      this.#persistScheduled = false;
      this.#persisting = this.#persisting.then(() => this.#flush());
    });
  }

  /** Saves progress (and removes acked queue records) if anything changed. Never rejects. */
  async #flush(): Promise<void> {
    if (!this.#dirty) return;
    const { log, group, topic } = this.#options;
    this.#dirty = false;
    const removals = this.#pendingRemovals.splice(0);
    try {
      if (removals.length > 0) await log.remove(topic, removals);
      await log.saveGroup(group, topic, this.#progress.state());
    } catch (error) {
      this.#dirty = true;
      this.#pendingRemovals.unshift(...removals);
      this.#options.onError(error, `saving progress of ${group} on ${topic}`);
    }
  }
}
