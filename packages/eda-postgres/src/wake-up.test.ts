import { describe, expect, it } from 'vitest';
import { decodeWakeUp, encodeWakeUp } from './wake-up.js';

describe('wake-up payloads', () => {
  it('round-trip events and topics, topics with spaces too', () => {
    for (const wake of [
      { instance: 'i-1', kind: 'events' },
      { instance: 'i-1', kind: 'topic', topic: 'mallbots.ordering.events.Order' },
      { instance: 'i-1', kind: 'topic', topic: 'a topic with spaces' },
      { instance: 'i-1', kind: 'topic', topic: '' },
    ] as const) {
      expect(decodeWakeUp(encodeWakeUp(wake)!)).toEqual(wake);
    }
  });

  it('ignores payloads it did not write', () => {
    for (const payload of ['', 'x', ' e', 'i-1 x', 'i-1 tx']) expect(decodeWakeUp(payload)).toBeUndefined();
  });

  it('does not announce a topic whose name would not fit in a NOTIFY payload', () => {
    expect(encodeWakeUp({ instance: 'i-1', kind: 'topic', topic: 'x'.repeat(8000) })).toBeUndefined();
    expect(encodeWakeUp({ instance: 'i-1', kind: 'topic', topic: 'x'.repeat(7900) })).toBeDefined();
  });
});
