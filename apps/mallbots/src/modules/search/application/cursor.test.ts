import { RuleViolationError } from '@mallbots/eda';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, INVALID_CURSOR } from './cursor.js';

const position = { createdAt: '2025-03-01T10:20:30.456Z', orderId: 'order-1' };
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('search cursor', () => {
  it('round-trips a position through an opaque URL-safe string', () => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('order-1');
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    ['not base64 JSON', 'garbage!'],
    ['JSON of the wrong shape', encode({ createdAt: position.createdAt, orderId: 'order-1' })],
    ['a time that is not an instant', encode(['yesterday', 'order-1'])],
    ['a time that is not canonical ISO-8601', encode(['2025-03-01T10:20:30Z', 'order-1'])],
    ['an empty order id', encode([position.createdAt, ''])],
    ['too many parts', encode([position.createdAt, 'order-1', 'x'])],
  ])('refuses %s with a clear rule', (_case, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(RuleViolationError);
    expect(() => decodeCursor(cursor)).toThrow(INVALID_CURSOR);
  });
});
