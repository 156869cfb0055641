import type { JetStreamManager } from '@nats-io/jetstream';
import type { Msg, MsgCallback, NatsConnection } from '@nats-io/nats-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Puller } from './puller.js';
import type { ReplyInbox } from './reply-inbox.js';
import type { ServerReceipts } from './server-receipts.js';

const HEARTBEAT_MS = 100;
/** Two missed heartbeats plus slack: the silence after which the request counts as lost. */
const SILENCE_MS = HEARTBEAT_MS * 2 + 500;

/** A connection that records pull requests and lets the test deliver into the pull's inbox. */
const fakeConnection = () => {
  const pulls: string[] = [];
  let deliver: MsgCallback<Msg> | undefined;
  const nc = {
    subscribe: (_subject: string, options: { callback: MsgCallback<Msg> }) => {
      deliver = options.callback;
      return { isClosed: () => false, drain: async () => undefined, unsubscribe: () => undefined };
    },
    publish: (subject: string) => void pulls.push(subject),
    isClosed: () => false,
    isDraining: () => false,
  } as unknown as NatsConnection;
  const info = vi.fn(async () => ({}));
  const jsm = { consumers: { info } } as unknown as JetStreamManager;
  let seq = 0;
  const delivery = () => {
    seq++;
    deliver!(null, { subject: 'stream.subject', reply: `$JS.ACK.S.D.1.${seq}.${seq}.0.0`, data: new Uint8Array(), headers: undefined } as unknown as Msg);
  };
  return { nc, jsm, pulls, info, delivery };
};

describe('Puller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const start = (connection: ReturnType<typeof fakeConnection>) => {
    const puller = new Puller({
      nc: connection.nc,
      jsm: connection.jsm,
      stream: 'S',
      durable: 'D',
      batch: 100,
      expiresMs: 60_000,
      heartbeatMs: HEARTBEAT_MS,
      replies: {} as ReplyInbox,
      receipts: {} as ServerReceipts,
      ackTimeoutMs: 1000,
      onMessage: () => undefined,
      onError: (error) => {
        throw error;
      },
    });
    puller.start();
    return puller;
  };

  it('renews a request that stays silent for two heartbeats', async () => {
    const connection = fakeConnection();
    const puller = start(connection);
    expect(connection.pulls).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(SILENCE_MS - 1);
    expect(connection.info).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);

    // The dead request is pruned (consumer info), then a new one is sent.
    expect(connection.info).toHaveBeenCalledTimes(1);
    expect(connection.pulls).toHaveLength(2);
    await puller.stop();
  });

  it('counts the silence from the last delivery, not from the request', async () => {
    const connection = fakeConnection();
    const puller = start(connection);

    await vi.advanceTimersByTimeAsync(SILENCE_MS - 100);
    connection.delivery();
    await vi.advanceTimersByTimeAsync(SILENCE_MS - 1);
    expect(connection.info).not.toHaveBeenCalled();
    expect(connection.pulls).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1);
    expect(connection.info).toHaveBeenCalledTimes(1);
    expect(connection.pulls).toHaveLength(2);
    await puller.stop();
  });
});
