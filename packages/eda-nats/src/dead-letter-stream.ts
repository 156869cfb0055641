import { fromJsonMessage, toJsonMessage, type DeadLetter } from '@mallbots/eda';
import {
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  StorageType,
  type JetStreamClient,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { deadLetterId, type Names } from './names.js';

/**
 * A dead letter as kept in NATS: the parked message exactly as it was on the wire (its data in the
 * shape of `schemaVersion`), so a replay after a deploy decodes it like a first delivery would.
 */
export interface StoredDeadLetter extends DeadLetter {
  schemaVersion: number;
}

export type NewDeadLetter = Omit<StoredDeadLetter, 'id' | 'replaying'>;

/**
 * The dead letters of one prefix, in a JetStream stream used as a key/value store: one subject per
 * letter, `<prefix>.dlq.<group>.<topic>.<id>`, and `max_msgs_per_subject: 1` so that writing a
 * letter again (parked again, marked for replay) replaces it. Group and topic are in the subject
 * so that a consumer lists its own letters with a subject filter instead of reading all of them.
 *
 * Contract: a letter stays until it is deleted (replayed successfully or discarded); `park` is an
 * upsert by (group, topic, message id) and returns the same id for the same triple.
 *
 * Why a stream and not a KV bucket: the KV API is a separate package (@nats-io/kv) this adapter
 * does not depend on, and a KV bucket is exactly such a stream underneath.
 *
 * Trap: nothing may consume this stream with a JetStream consumer: on NATS 2.9 a purge by subject
 * (how a letter is deleted) moves the consumers of a stream past messages they had not seen.
 */
export class DeadLetterStream {
  readonly #jsm: JetStreamManager;
  readonly #js: JetStreamClient;
  readonly #names: Names;
  readonly #replicas: number;
  #ensured: Promise<void> | undefined;

  constructor(options: { jsm: JetStreamManager; js: JetStreamClient; names: Names; replicas: number }) {
    this.#jsm = options.jsm;
    this.#js = options.js;
    this.#names = options.names;
    this.#replicas = options.replicas;
  }

  /** Creates the stream once (idempotent across processes). */
  ensure(): Promise<void> {
    this.#ensured ??= this.#create().catch((error: unknown) => {
      this.#ensured = undefined;
      throw error;
    });
    return this.#ensured;
  }

  async park(letter: NewDeadLetter): Promise<string> {
    await this.ensure();
    const id = deadLetterId(letter.group, letter.topic, letter.message.id);
    await this.#write({ ...letter, id, replaying: false });
    return id;
  }

  async list(filter: { group?: string; topic?: string; replaying?: boolean } = {}): Promise<StoredDeadLetter[]> {
    await this.ensure();
    const subjects = await this.#subjects(this.#names.deadLetterFilter(filter));
    const letters: StoredDeadLetter[] = [];
    // A few requests at a time: a long list must not flood the server with parallel gets.
    for (let i = 0; i < subjects.length; i += 32) {
      const read = await Promise.all(subjects.slice(i, i + 32).map((subject) => this.#read(subject)));
      for (const entry of read) if (entry && (filter.replaying === undefined || entry.letter.replaying === filter.replaying)) letters.push(entry.letter);
    }
    return letters.sort((a, b) => a.parkedAt.getTime() - b.parkedAt.getTime() || a.id.localeCompare(b.id));
  }

  async get(id: string): Promise<StoredDeadLetter | undefined> {
    return (await this.#find(id))?.letter;
  }

  /**
   * Marks a letter for replay (or not). Compare-and-set on the letter's subject sequence, so a
   * letter parked again meanwhile is not overwritten with a stale copy.
   */
  async setReplaying(id: string, replaying: boolean): Promise<StoredDeadLetter> {
    for (let attempt = 1; ; attempt++) {
      const found = await this.#find(id);
      if (!found) throw new Error(`no dead letter ${id}`);
      const updated = { ...found.letter, replaying };
      try {
        await this.#write(updated, found.seq);
        return updated;
      } catch (error) {
        if (attempt >= 5 || !isWrongLastSequence(error)) throw error;
      }
    }
  }

  async delete(id: string): Promise<void> {
    await this.ensure();
    for (const subject of await this.#subjects(this.#names.deadLetterFilter({ id }))) {
      await this.#jsm.streams.purge(this.#names.deadLetterStream, { filter: subject });
    }
  }

  async #create(): Promise<void> {
    const name = this.#names.deadLetterStream;
    try {
      await this.#jsm.streams.info(name);
      return;
    } catch (error) {
      if (!isNotFound(error, JetStreamApiCodes.StreamNotFound)) throw error;
    }
    try {
      await this.#jsm.streams.add({
        name,
        subjects: [`${this.#names.prefix}.dlq.>`],
        max_msgs_per_subject: 1,
        discard: DiscardPolicy.Old,
        storage: StorageType.File,
        num_replicas: this.#replicas,
      });
    } catch (error) {
      // Another process created it first.
      await this.#jsm.streams.info(name).catch(() => Promise.reject(error));
    }
  }

  async #subjects(filter: string): Promise<string[]> {
    const info = await this.#jsm.streams.info(this.#names.deadLetterStream, { subjects_filter: filter });
    return Object.keys(info.state.subjects ?? {});
  }

  async #find(id: string): Promise<{ letter: StoredDeadLetter; seq: number } | undefined> {
    await this.ensure();
    const [subject] = await this.#subjects(this.#names.deadLetterFilter({ id }));
    return subject === undefined ? undefined : this.#read(subject);
  }

  async #read(subject: string): Promise<{ letter: StoredDeadLetter; seq: number } | undefined> {
    const stored = await this.#jsm.streams.getMessage(this.#names.deadLetterStream, { last_by_subj: subject });
    // Deleted between the listing and the read.
    if (!stored) return undefined;
    return { letter: parseLetter(stored.json<unknown>()), seq: stored.seq };
  }

  async #write(letter: StoredDeadLetter, expectedSeq?: number): Promise<void> {
    const subject = this.#names.deadLetterSubject(letter.group, letter.topic, letter.id);
    const body = JSON.stringify({ ...letter, message: toJsonMessage(letter.message), parkedAt: letter.parkedAt.toISOString() });
    await this.#js.publish(subject, body, expectedSeq === undefined ? undefined : { expect: { lastSubjectSequence: expectedSeq } });
  }
}

const isNotFound = (error: unknown, code: number): boolean => error instanceof JetStreamApiError && error.code === code;

const isWrongLastSequence = (error: unknown): boolean =>
  error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamWrongLastSequence;

/** Reads a stored letter; throws on a record this adapter did not write. */
const parseLetter = (json: unknown): StoredDeadLetter => {
  const raw = json as Record<string, unknown>;
  const text = (key: string) => {
    if (typeof raw[key] !== 'string') throw new Error(`malformed dead letter: ${key} is not a string`);
    return raw[key];
  };
  const number = (key: string) => {
    if (typeof raw[key] !== 'number') throw new Error(`malformed dead letter: ${key} is not a number`);
    return raw[key];
  };
  return {
    id: text('id'),
    group: text('group'),
    topic: text('topic'),
    key: text('key'),
    position: number('position'),
    message: fromJsonMessage(raw.message),
    schemaVersion: number('schemaVersion'),
    error: text('error'),
    attempts: number('attempts'),
    parkedAt: new Date(text('parkedAt')),
    replaying: raw.replaying === true,
  };
};
