import { describe, expect, it } from 'vitest';
import { isConnectionError } from './connection-errors.js';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('connection errors', () => {
  it('recognises a lost or refused connection', () => {
    expect(isConnectionError(withCode('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(isConnectionError(withCode('08006'))).toBe(true);
    expect(isConnectionError(withCode('ECONNREFUSED'))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
  });

  it('leaves statement failures alone: retrying or dropping the connection would not help', () => {
    expect(isConnectionError(withCode('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isConnectionError(withCode('42P01', 'relation does not exist'))).toBe(false);
    expect(isConnectionError(withCode('40P01', 'deadlock detected'))).toBe(false);
    expect(isConnectionError('Connection terminated')).toBe(false);
    expect(isConnectionError(undefined)).toBe(false);
  });
});
