import { RuleViolationError } from '@mallbots/eda';
import type { OrderPosition } from './search-repository.js';

export const INVALID_CURSOR = 'the next cursor is not valid; pass the next of the previous page, or none for the first page';

/** The opaque `next` of a page: the position of its last order, so the next page starts right after it. */
export const encodeCursor = (position: OrderPosition): string =>
  Buffer.from(JSON.stringify([position.createdAt, position.orderId])).toString('base64url');

const isCanonicalInstant = (value: string): boolean => {
  const time = new Date(value);
  return !Number.isNaN(time.getTime()) && time.toISOString() === value;
};

/** The position a `next` cursor names; a cursor this module did not make is a `RuleViolationError` (HTTP 400). */
export const decodeCursor = (cursor: string): OrderPosition => {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new RuleViolationError(INVALID_CURSOR);
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw new RuleViolationError(INVALID_CURSOR);
  const [createdAt, orderId] = decoded as unknown[];
  if (typeof createdAt !== 'string' || !isCanonicalInstant(createdAt) || typeof orderId !== 'string' || orderId === '') {
    throw new RuleViolationError(INVALID_CURSOR);
  }
  return { createdAt, orderId };
};
