import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { waitUntil } from '@mallbots/eda/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { Puller } from './puller.js';
import { ReplyInbox } from './reply-inbox.js';
import { ServerReceipts } from './server-receipts.js';
import { assertReachable, connectOrFail, deletePrefix, uniquePrefix } from './test-support.js';

describe('Puller', () => {
  const prefix = uniquePrefix('puller');
  afterEach(() => deletePrefix(prefix));

  it('asks for the next batch as soon as one is delivered, without waiting for its watchdog', async () => {
    await assertReachable();
    const nc = await connectOrFail();
    const jsm = await jetstreamManager(nc);
    const stream = `${prefix}_T_batches`;
    await jsm.streams.add({ name: stream, subjects: [`${prefix}.batches`] });
    await jsm.consumers.add(stream, { durable_name: 'g', ack_policy: AckPolicy.Explicit });
    const js = jetstream(nc);
    for (let i = 0; i < 30; i++) await js.publish(`${prefix}.batches`, `m${i}`);

    const replies = new ReplyInbox(nc);
    const received = new Set<number>();
    // Batches of 5 and a watchdog of a minute: only counting deliveries moves past the first batch.
    const puller = new Puller({
      nc,
      jsm,
      stream,
      durable: 'g',
      batch: 5,
      expiresMs: 120_000,
      heartbeatMs: 30_000,
      replies,
      receipts: new ServerReceipts(nc, 5_000),
      ackTimeoutMs: 5_000,
      onMessage: (message) => {
        received.add(message.seq);
        void message.ack();
      },
      onError: (error) => {
        throw error;
      },
    });
    puller.start();
    try {
      await waitUntil('all 30 messages, past the first batch of 5', () => received.size === 30, 5_000);
      expect([...received].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    } finally {
      await puller.stop();
      replies.close();
      await nc.close();
    }
  });
});
