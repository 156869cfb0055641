import { createMessage, Member, type Message } from '@mallbots/eda';
import { waitUntil } from '@mallbots/eda/testing';
import type { JetStreamManager } from '@nats-io/jetstream';
import type { Msg, MsgCallback, NatsConnection } from '@nats-io/nats-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeadLetterStream } from './dead-letter-stream.js';
import { GroupConsumer } from './group-consumer.js';
import { namesFor } from './names.js';
import type { ReplyInbox } from './reply-inbox.js';
import { ServerReceipts } from './server-receipts.js';
import { encodeRecord } from './wire.js';

/**
 * A connection without a server: the test delivers into the pull subscription, sees what is
 * published (acks, naks), and answers or fails the PINGs that confirm the acks' receipt.
 */
const fakeConnection = () => {
  const subscriptions = new Map<string, MsgCallback<Msg>>();
  const published: { subject: string; payload: string }[] = [];
  const pings: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const nc = {
    subscribe: (subject: string, options: { callback: MsgCallback<Msg> }) => {
      subscriptions.set(subject, options.callback);
      return { isClosed: () => false, drain: async () => undefined, unsubscribe: () => undefined };
    },
    publish: (subject: string, payload: string | Uint8Array = '') =>
      void published.push({ subject, payload: typeof payload === 'string' ? payload : new TextDecoder().decode(payload) }),
    flush: () => new Promise<void>((resolve, reject) => pings.push({ resolve, reject })),
    isClosed: () => false,
    isDraining: () => false,
  } as unknown as NatsConnection;
  const jsm = { consumers: { info: async () => ({ config: { ack_wait: 30_000_000_000 } }) } } as unknown as JetStreamManager;
  /** Delivers `message` (key `key`) as stream message `seq`, for the `count`-th time. */
  const deliver = (message: Message, key: string, seq: number, count = 1) => {
    const { payload, headers } = encodeRecord({ key, message, schemaVersion: 1 });
    const pull = [...subscriptions].find(([subject]) => subject.startsWith('_INBOX.'))![1];
    const reply = `$JS.ACK.S.D.${count}.${seq}.${seq}.0.0`;
    pull(null, { subject: 'stream.subject', reply, data: new TextEncoder().encode(payload), headers } as unknown as Msg);
    return reply;
  };
  const acksTo = (reply: string) => published.filter((entry) => entry.subject === reply && entry.payload === '+ACK').length;
  return { nc, jsm, pings, deliver, acksTo };
};

describe('GroupConsumer', () => {
  const consumers: GroupConsumer[] = [];
  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((consumer) => consumer.stop()));
  });

  const start = async (connection: ReturnType<typeof fakeConnection>, handled: string[]) => {
    const consumer = new GroupConsumer({
      nc: connection.nc,
      jsm: connection.jsm,
      names: namesFor('test'),
      deadLetters: { list: async () => [] } as unknown as DeadLetterStream,
      group: 'g',
      topic: 'accounts',
      durable: 'g',
      startFrom: 'beginning',
      ackWaitMs: 30_000,
      maxAckPending: 100,
      pullBatch: 100,
      pullExpiresMs: 60_000,
      heartbeatMs: 30_000,
      replies: {} as ReplyInbox,
      receipts: new ServerReceipts(connection.nc, 60_000),
      ackTimeoutMs: 60_000,
      replayPollMs: 60_000,
      now: () => new Date(),
      onError: (error) => {
        throw error;
      },
    });
    consumers.push(consumer);
    const member = new Member({ handler: async (message) => void handled.push(message.id), concurrency: 4, maxAttempts: 5, backoff: {} });
    await consumer.join(member);
    return consumer;
  };

  it('holds a key until the server confirmed receiving the ack, acking again (the newest delivery) when that failed', async () => {
    const connection = fakeConnection();
    const handled: string[] = [];
    await start(connection, handled);
    const first = createMessage({ type: 'test.Deposited', data: { n: 1 } });
    const second = createMessage({ type: 'test.Deposited', data: { n: 2 } });

    const firstDelivery = connection.deliver(first, 'account-1', 1);
    connection.deliver(second, 'account-1', 2);
    await waitUntil('the ack of the first message', () => connection.acksTo(firstDelivery) === 1 && connection.pings.length === 1);
    // Its receipt is not confirmed yet: the second message of the key waits.
    expect(handled).toEqual([first.id]);

    // The server delivers the first message again meanwhile (say its ack wait ran out): not run again.
    const redelivery = connection.deliver(first, 'account-1', 1, 2);
    // The confirmation fails (the connection dropped): the ack goes again, to the newest delivery.
    connection.pings[0]!.reject(new Error('connection disconnected'));
    await waitUntil('the ack sent again, to the redelivery', () => connection.acksTo(redelivery) === 1 && connection.pings.length === 2);
    expect(handled).toEqual([first.id]);

    connection.pings[1]!.resolve();
    await waitUntil('the second message', () => handled.length === 2);
    expect(handled).toEqual([first.id, second.id]);
    await waitUntil('the ack of the second message', () => connection.pings.length === 3);
    connection.pings[2]!.resolve();
  });
});
