import type { NatsConnection } from '@nats-io/nats-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServerReceipts } from './server-receipts.js';

/** A connection whose PINGs the test answers (or fails) by hand. */
const fakeConnection = () => {
  const pings: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const nc = {
    flush: () => new Promise<void>((resolve, reject) => pings.push({ resolve, reject })),
  } as unknown as NatsConnection;
  return { nc, pings };
};

const settled = async (promise: Promise<void>) => {
  let state = 'pending';
  promise.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return state;
};

describe('ServerReceipts', () => {
  afterEach(() => vi.useRealTimers());

  it('confirms everything asked for in one turn with one PING, and what comes later with the next', async () => {
    const { nc, pings } = fakeConnection();
    const receipts = new ServerReceipts(nc, 1000);
    const first = [receipts.confirm(), receipts.confirm(), receipts.confirm()];
    await Promise.resolve();
    expect(pings).toHaveLength(1);
    const later = receipts.confirm();
    await Promise.resolve();
    expect(pings).toHaveLength(2);

    pings[0]!.resolve();
    await Promise.all(first);
    expect(await settled(later)).toBe('pending');
    pings[1]!.resolve();
    expect(await settled(later)).toBe('resolved');
  });

  it('fails when the PING fails (the connection dropped before the server answered)', async () => {
    const { nc, pings } = fakeConnection();
    const receipts = new ServerReceipts(nc, 1000);
    const confirming = receipts.confirm();
    await Promise.resolve();
    pings[0]!.reject(new Error('connection disconnected'));
    await expect(confirming).rejects.toThrow('connection disconnected');
  });

  it('fails when no PONG comes within the timeout', async () => {
    vi.useFakeTimers();
    const { nc } = fakeConnection();
    const receipts = new ServerReceipts(nc, 1000);
    const confirming = receipts.confirm();
    const failed = expect(confirming).rejects.toThrow('no PONG from the server within 1000 ms');
    await vi.advanceTimersByTimeAsync(1000);
    await failed;
  });
});
