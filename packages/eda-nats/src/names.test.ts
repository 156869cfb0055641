import { describe, expect, it } from 'vitest';
import { assertPrefix, deadLetterId, namesFor, ownsStream, token, untoken } from './names.js';

describe('NATS names', () => {
  it('maps free-text names to stream-safe tokens and back', () => {
    for (const name of ['mallbots.ordering.events.Order', 'a_b', '_5F', 'with space/and*wild>', 'émoji 🛒', 'plain-Name-1']) {
      const encoded = token(name);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(untoken(encoded)).toBe(name);
    }
    expect(token('mallbots.ordering')).toBe('mallbots_2Eordering');
  });

  it('never maps two names to one token', () => {
    // `_` is always an escape, so a literal `_5F` and an escaped `_` differ.
    expect(token('_')).not.toBe(token('_5F'));
    expect(new Set(['a.b', 'a_2Eb', 'a_b', 'a-b'].map(token)).size).toBe(4);
  });

  it('names every stream and subject under the prefix', () => {
    const names = namesFor('shop-1');
    expect(names.topicStream('orders.created')).toBe('shop-1_T_orders_2Ecreated');
    expect(names.topicSubject('orders.created')).toBe('shop-1.t.orders_2Ecreated');
    expect(names.deadLetterStream).toBe('shop-1_DLQ');
    expect(names.deadLetterSubject('g.1', 'orders', 'abc')).toBe('shop-1.dlq.g_2E1.orders.abc');
    expect(names.deadLetterFilter({ topic: 'orders' })).toBe('shop-1.dlq.*.orders.*');
    expect(names.deadLetterFilter()).toBe('shop-1.dlq.*.*.*');
    expect(ownsStream('shop-1', names.topicStream('x'))).toBe(true);
    expect(ownsStream('shop', names.topicStream('x'))).toBe(false);
  });

  it('refuses a prefix that could not name a stream or would be ambiguous', () => {
    for (const prefix of ['', 'a.b', 'a_b', 'a b', 'a*']) expect(() => assertPrefix(prefix)).toThrow(/invalid NATS prefix/);
  });

  it('gives a dead letter the same id for the same group, topic and message', () => {
    expect(deadLetterId('g', 't', 'm')).toBe(deadLetterId('g', 't', 'm'));
    expect(deadLetterId('g', 't', 'm')).not.toBe(deadLetterId('g', 't2', 'm'));
    expect(deadLetterId('g', 't', 'm')).toMatch(/^[0-9a-f]{32}$/);
  });
});
