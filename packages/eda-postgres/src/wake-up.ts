/**
 * The payload of a NOTIFY that wakes readers: which backend wrote (so it ignores its own, which
 * it already woke locally after the commit) and what was appended. It carries no data: a reader
 * that gets it reads the tables, so a lost or duplicated notification costs a delay or a read,
 * never a message.
 */
export type WakeUp = { instance: string; kind: 'events' } | { instance: string; kind: 'topic'; topic: string };

/** NOTIFY refuses payloads of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7999;

/**
 * The payload for `wake`, or undefined when it would be too long for NOTIFY (a topic name of
 * thousands of bytes): such a topic is not announced, and other processes find its records on
 * their safety poll.
 */
export const encodeWakeUp = (wake: WakeUp): string | undefined => {
  const payload = wake.kind === 'events' ? `${wake.instance} e` : `${wake.instance} t ${wake.topic}`;
  return Buffer.byteLength(payload) <= MAX_PAYLOAD_BYTES ? payload : undefined;
};

/** The wake-up of a payload, or undefined for one this package did not write. */
export const decodeWakeUp = (payload: string): WakeUp | undefined => {
  const space = payload.indexOf(' ');
  if (space <= 0) return undefined;
  const instance = payload.slice(0, space);
  const rest = payload.slice(space + 1);
  if (rest === 'e') return { instance, kind: 'events' };
  if (rest.startsWith('t ')) return { instance, kind: 'topic', topic: rest.slice(2) };
  return undefined;
};
