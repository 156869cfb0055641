import { backoffDelay, type BackoffOptions, type LogRecord, type MessageLog } from '@mallbots/eda';

export interface TopicRelayOptions {
  log: MessageLog;
  topic: string;
  /** The log group under which progress is saved. */
  name: string;
  /**
   * Publishes records in the given order; throws when any of them was not accepted. `previous` is
   * the record this relay published just before them, when it knows that one was accepted (a
   * target may expect it to be the topic's last, to pipeline the first of `records` too).
   */
  publish: (records: LogRecord[], previous: LogRecord | undefined) => Promise<void>;
  batchSize: number;
  backoff: BackoffOptions;
  onError: (error: unknown, context: string) => void;
}

/**
 * Relays one topic of a message log: reads records after its cursor in position order, publishes
 * them, then saves the cursor as the progress of group `name` (`log.saveGroup`).
 *
 * Contract: records are published in position order, a batch only after the previous one was
 * accepted; a failed publish is retried (same records, same order) with exponential backoff and
 * jitter until it succeeds or the relay stops, so the backlog waits in the log and nothing is
 * skipped. The cursor is saved only after a publish succeeded: a crash in between publishes those
 * records again on the next start, and the target must drop them by message id (JetStream does,
 * within its duplicate window).
 *
 * The save runs beside the next batches (one at a time, always the newest cursor): the relay
 * never waits for a commit of its progress between two publishes. A failed save is reported and
 * made good by the next one; `idle` and `stop` wait for the last.
 */
export class TopicRelay {
  readonly topic: string;
  readonly #options: TopicRelayOptions;
  #cursor: number | undefined;
  /** The last record published, while the target is known to have accepted it. */
  #previous: LogRecord | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopping = false;
  #interrupt: (() => void) | undefined;
  /** The save under way, and the newest cursor still to save after it. */
  #saving: Promise<void> | undefined;
  #unsaved: number | undefined;

  constructor(options: TopicRelayOptions) {
    this.#options = options;
    this.topic = options.topic;
  }

  /** New records may be in the log: relay them (now, or right after the current round). */
  notify(): void {
    if (this.#stopping) return;
    this.#again = true;
    this.#running ??= this.#run().finally(() => {
      this.#running = undefined;
      if (this.#again) this.notify();
    });
  }

  /** Resolves once the relay is caught up with the records that existed when it was called (or stopped). */
  async idle(): Promise<void> {
    while (this.#running || this.#saving) await (this.#running ?? this.#saving);
  }

  /** Stops after the publish in progress (a backoff wait is cut short) and the save of its progress. */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#interrupt?.();
    await this.#running;
    while (this.#saving) await this.#saving;
  }

  async #run(): Promise<void> {
    const { log, topic, name, batchSize, onError } = this.#options;
    let failures = 0;
    while (this.#again && !this.#stopping) {
      this.#again = false;
      try {
        this.#cursor ??= (await log.loadGroup(name, topic))?.cursor ?? 0;
        for (;;) {
          const records = await log.read(topic, this.#cursor, batchSize);
          if (records.length === 0 || this.#stopping) break;
          await this.#options.publish(records, this.#previous);
          failures = 0;
          this.#previous = records.at(-1)!;
          this.#cursor = this.#previous.position;
          this.#save(this.#cursor);
        }
      } catch (error) {
        // What the target holds last is not known any more.
        this.#previous = undefined;
        failures++;
        onError(error, `relaying ${topic} (attempt ${failures})`);
        this.#again = true;
        await this.#pause(backoffDelay(failures, this.#options.backoff));
      }
    }
  }

  /** Saves `cursor` as the progress, after the save under way if there is one. */
  #save(cursor: number): void {
    this.#unsaved = cursor;
    this.#saving ??= (async () => {
      const { log, topic, name, onError } = this.#options;
      while (this.#unsaved !== undefined) {
        const saving = this.#unsaved;
        this.#unsaved = undefined;
        try {
          await log.saveGroup(name, topic, { cursor: saving, done: [] });
        } catch (error) {
          // The records stay published; a crash before the next save publishes them again (deduplicated).
          onError(error, `saving the relay progress of ${topic}`);
        }
      }
      this.#saving = undefined;
    })();
  }

  #pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#interrupt = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#interrupt = done;
    });
  }
}
