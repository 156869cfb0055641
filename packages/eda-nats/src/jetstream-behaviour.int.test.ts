import { createEvent, type Delivery, type Message, type MessageHandler } from '@mallbots/eda';
import { waitUntil } from '@mallbots/eda/testing';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { namesFor } from './names.js';
import { createNatsTransport, type NatsTransport, type NatsTransportOptions } from './nats-transport.js';
import { assertReachable, connectOrFail, deletePrefix, natsUrl, sleep, uniquePrefix } from './test-support.js';

/*
 * What the conformance suite cannot see: how the transport uses JetStream itself (what the server
 * holds, what it redelivers after an ack wait, what it deduplicates) and several processes.
 */
describe('NATS transport on JetStream', () => {
  let prefix: string;
  const cleanups: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    await assertReachable();
    prefix = uniquePrefix('js');
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await deletePrefix(prefix);
  });

  const open = async (options: Partial<NatsTransportOptions> = {}): Promise<NatsTransport> => {
    const transport = await createNatsTransport({ servers: natsUrl(), prefix, ...options });
    cleanups.push(() => transport.close());
    return transport;
  };
  const admin = async () => {
    const nc = await connectOrFail();
    cleanups.push(() => nc.close());
    return { nc, jsm: await jetstreamManager(nc), js: jetstream(nc), names: namesFor(prefix) };
  };
  const collect = () => {
    const received: { message: Message; delivery: Delivery }[] = [];
    const handler: MessageHandler = async (message, delivery) => void received.push({ message, delivery });
    return { received, handler };
  };

  it('terms a parked message: the server never delivers it again, even after the ack wait', async () => {
    const transport = await open({ ackWaitMs: 300 });
    const deliveries: number[] = [];
    await transport.subscribe('jobs', async (_message, delivery) => {
      deliveries.push(delivery.attempt);
      throw new Error('down');
    }, { group: 'workers', maxAttempts: 2, backoff: { initialMs: 5, jitter: 0 } });
    await transport.publish([{ topic: 'jobs', message: createEvent('job.Run', {}) }]);
    await waitUntil('the dead letter', async () => (await transport.deadLetters.list()).length === 1);
    await sleep(1000);
    expect(deliveries).toEqual([1, 2]);
    const { jsm, names } = await admin();
    const info = await jsm.consumers.info(names.topicStream('jobs'), names.durable('workers'));
    expect(info.num_ack_pending).toBe(0);
    expect(info.num_pending).toBe(0);
  });

  it('keeps messages waiting behind their key, and a slow handler, alive past the ack wait', async () => {
    const transport = await open({ ackWaitMs: 300 });
    const { received, handler } = collect();
    await transport.subscribe('slow', async (message, delivery) => {
      await sleep(450);
      await handler(message, delivery);
    }, { group: 'g' });
    await transport.publish([1, 2, 3].map((n) => ({ topic: 'slow', key: 'k', message: createEvent('slow.Step', { n }) })));
    await waitUntil('all three', () => received.length >= 3, 5000);
    await sleep(400);
    // Each handled once, on its first delivery: none timed out while running or waiting its turn.
    expect(received.map((r) => [(r.message.data as { n: number }).n, r.delivery.attempt])).toEqual([[1, 1], [2, 1], [3, 1]]);
  });

  it('drops a message published again with the same id within the duplicate window', async () => {
    const transport = await open();
    const { received, handler } = collect();
    await transport.subscribe('orders', handler, { group: 'g' });
    const message = createEvent('order.Placed', { id: 'o-1' });
    await transport.publish([{ topic: 'orders', message }]);
    await transport.publish([{ topic: 'orders', message }]);
    const marker = createEvent('order.Placed', { id: 'o-2' });
    await transport.publish([{ topic: 'orders', message: marker }]);
    await waitUntil('the marker', () => received.some((r) => r.message.id === marker.id));
    expect(received.map((r) => r.message.id)).toEqual([message.id, marker.id]);
    const { jsm, names } = await admin();
    expect((await jsm.streams.info(names.topicStream('orders'))).state.messages).toBe(2);
  });

  it('splits a group between processes and resumes it in a third', async () => {
    const [a, b] = [await open(), await open()];
    const sinks = [collect(), collect()];
    await a.subscribe('work', sinks[0]!.handler, { group: 'workers' });
    await b.subscribe('work', sinks[1]!.handler, { group: 'workers' });
    const sent = Array.from({ length: 40 }, (_, n) => ({ topic: 'work', message: createEvent('work.Item', { n }) }));
    for (let i = 0; i < sent.length; i += 10) await a.publish(sent.slice(i, i + 10));
    await waitUntil('all 40', () => sinks[0]!.received.length + sinks[1]!.received.length >= 40);
    const ids = [...sinks[0]!.received, ...sinks[1]!.received].map((r) => r.message.id);
    expect(new Set(ids).size).toBe(40);
    expect(sinks[0]!.received.length).toBeGreaterThan(0);
    expect(sinks[1]!.received.length).toBeGreaterThan(0);

    await a.close();
    await b.close();
    const late = createEvent('work.Item', { n: 40 });
    const c = await open();
    await c.publish([{ topic: 'work', message: late }]);
    const third = collect();
    await c.subscribe('work', third.handler, { group: 'workers', startFrom: 'beginning' });
    await waitUntil('the message published while the group was down', () => third.received.length === 1);
    expect(third.received[0]!.message.id).toBe(late.id);
  });

  it('resumes pulling after the connection was forced to reconnect', async () => {
    const transport = await open();
    const { received, handler } = collect();
    await transport.subscribe('pings', handler, { group: 'g' });
    await transport.publish([{ topic: 'pings', message: createEvent('ping', { n: 1 }) }]);
    await waitUntil('the first', () => received.length === 1);
    const reconnected = (async () => {
      for await (const status of transport.connection.status()) if (status.type === 'reconnect') return;
    })();
    await transport.connection.reconnect();
    // Trap of nats.js: a request sent while the forced reconnect is under way is lost (it times
    // out). The transport's publish then fails and the caller retries; here we wait instead.
    await reconnected;
    await transport.publish([{ topic: 'pings', message: createEvent('ping', { n: 2 }) }]);
    await waitUntil('the one after the reconnect', () => received.length === 2, 10_000);
  });

  it('parks a payload that is not an envelope at once, keeping its text', async () => {
    const transport = await open();
    const { received, handler } = collect();
    await transport.subscribe('raw', handler, { group: 'g', maxAttempts: 5 });
    const { js, names } = await admin();
    await js.publish(names.topicSubject('raw'), 'not json');
    const good = createEvent('raw.Ok', {});
    await transport.publish([{ topic: 'raw', message: good }]);
    await waitUntil('the dead letter', async () => (await transport.deadLetters.list({ group: 'g' })).length === 1);
    const [letter] = await transport.deadLetters.list({ group: 'g' });
    expect(letter).toMatchObject({ attempts: 1, error: expect.stringContaining('malformed message envelope') });
    expect(letter!.message.data).toBe('not json');
    await waitUntil('the good message', () => received.length === 1);
  });

  it('keeps topic names apart, whatever characters they use, and prefixes apart', async () => {
    const transport = await open();
    const other = await createNatsTransport({ servers: natsUrl(), prefix: `${prefix}-other` });
    cleanups.push(async () => {
      await other.close();
      await deletePrefix(`${prefix}-other`);
    });
    const topics = ['mallbots.ordering.events.Order', 'mallbots_2Eordering_2Eevents_2EOrder', 'with space & ünïcode'];
    const sinks = topics.map(() => collect());
    const elsewhere = collect();
    for (const [i, topic] of topics.entries()) await transport.subscribe(topic, sinks[i]!.handler, { group: 'g' });
    await other.subscribe(topics[0]!, elsewhere.handler, { group: 'g' });
    const sent = topics.map((topic) => ({ topic, message: createEvent('t.Sent', { topic }) }));
    await transport.publish(sent);
    await waitUntil('every topic', () => sinks.every((sink) => sink.received.length === 1));
    sinks.forEach((sink, i) => expect(sink.received[0]!.message.id).toBe(sent[i]!.message.id));
    await sleep(100);
    expect(elsewhere.received).toEqual([]);
  });

  it('refuses to turn a topic in use into a queue', async () => {
    const transport = await open();
    await transport.publish([{ topic: 'used', message: createEvent('x', {}) }]);
    await expect(transport.declare('used', { kind: 'queue' })).rejects.toThrow(/cannot become a queue/);
    await transport.declare('used', { kind: 'stream', retention: { maxCount: 10, maxAgeMs: 60_000 } });
    const { jsm, names } = await admin();
    const { config } = await jsm.streams.info(names.topicStream('used'));
    expect(config).toMatchObject({ max_msgs: 10, max_age: 60_000_000_000 });
  });
});
