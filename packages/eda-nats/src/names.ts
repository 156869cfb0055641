import { createHash } from 'node:crypto';

/*
 * Where topics, groups and dead letters live in JetStream. Everything a transport creates is named
 * under its `prefix`, so two deployments (or two tests) on one server never see each other's data:
 *
 *   stream of a topic        <prefix>_T_<topic>        subject <prefix>.t.<topic>
 *   durable of a group       <group>                   (on the topic's stream; queues: "queue")
 *   dead-letter stream       <prefix>_DLQ              subjects <prefix>.dlq.<group>.<topic>.<id>
 *   replay wake-ups (core)   <prefix>.replay.<group>.<topic>
 *
 * Topic and group names are free text (`mallbots.ordering.events.Order`), while stream and
 * consumer names allow only `[A-Za-z0-9_-]` and a subject token no `.`, `*`, `>` or space: each is
 * written through `token`, which keeps letters, digits and `-` and escapes every other UTF-8 byte
 * as `_XX`. The escape is reversible and injective, so two topics never share a stream.
 */

const PREFIX = /^[A-Za-z0-9-]+$/;
const SAFE_BYTE = /[A-Za-z0-9-]/;

/** Refuses a prefix that could not name a stream (or that a `_` would make ambiguous). */
export const assertPrefix = (prefix: string): void => {
  if (!PREFIX.test(prefix)) {
    throw new Error(`invalid NATS prefix "${prefix}": use letters, digits and "-" only`);
  }
};

/** `text` as a name token: letters, digits and `-` kept, every other UTF-8 byte as `_XX`. */
export const token = (text: string): string => {
  if (text === '') throw new Error('an empty name cannot be mapped to NATS');
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += byte < 0x80 && SAFE_BYTE.test(char) ? char : `_${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
};

/** The inverse of `token`. */
export const untoken = (encoded: string): string => {
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i++) {
    if (encoded[i] === '_') {
      bytes.push(Number.parseInt(encoded.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(encoded.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString('utf8');
};

/** The names of one prefix. */
export interface Names {
  prefix: string;
  topicStream(topic: string): string;
  topicSubject(topic: string): string;
  /** The durable consumer of `group` on a topic's stream. */
  durable(group: string): string;
  deadLetterStream: string;
  /** Subject filter of the dead letters, narrowed by group and topic when given. */
  deadLetterFilter(filter?: { group?: string; topic?: string; id?: string }): string;
  deadLetterSubject(group: string, topic: string, id: string): string;
  /** The core NATS subject that wakes the consumers of a group on a topic to run replays. */
  replaySubject(group: string, topic: string): string;
}

/** The durable that all subscribers of a queue share (a queue ignores the subscriber's group). */
export const QUEUE_DURABLE = 'queue';

export const namesFor = (prefix: string): Names => {
  assertPrefix(prefix);
  return {
    prefix,
    topicStream: (topic) => `${prefix}_T_${token(topic)}`,
    topicSubject: (topic) => `${prefix}.t.${token(topic)}`,
    durable: (group) => token(group),
    deadLetterStream: `${prefix}_DLQ`,
    deadLetterFilter: (filter = {}) =>
      `${prefix}.dlq.${filter.group === undefined ? '*' : token(filter.group)}.${filter.topic === undefined ? '*' : token(filter.topic)}.${filter.id ?? '*'}`,
    deadLetterSubject: (group, topic, id) => `${prefix}.dlq.${token(group)}.${token(topic)}.${id}`,
    replaySubject: (group, topic) => `${prefix}.replay.${token(group)}.${token(topic)}`,
  };
};

/**
 * The id of the dead letter of message `messageId` parked by `group` on `topic`: the same triple
 * always gives the same id, so parking a message again (a failed replay) replaces its letter.
 */
export const deadLetterId = (group: string, topic: string, messageId: string): string =>
  createHash('sha256').update(`${group}\u0000${topic}\u0000${messageId}`).digest('hex').slice(0, 32);

/** Names of the streams a transport with `prefix` may have created (for cleanup and tests). */
export const ownsStream = (prefix: string, stream: string): boolean => stream.startsWith(`${prefix}_`);
