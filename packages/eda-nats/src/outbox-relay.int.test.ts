import { createEvent, type Message, type MessageLog, type OutgoingMessage } from '@mallbots/eda';
import { startTcpProxy, waitUntil, type TcpProxy } from '@mallbots/eda/testing';
import { createSqliteBackend, type SqliteBackend } from '@mallbots/eda-sqlite';
import { jetstreamManager } from '@nats-io/jetstream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { namesFor } from './names.js';
import { createNatsTransport, type NatsTransport } from './nats-transport.js';
import { createOutboxRelay, type OutboxRelay } from './outbox-relay.js';
import { assertReachable, connectOrFail, deletePrefix, natsUrl, sleep, tempDir, uniquePrefix } from './test-support.js';

/** The log as a relay that crashes after every publish sees it: its progress is never saved. */
const withoutProgress = (log: MessageLog): MessageLog =>
  new Proxy(log, {
    get(target, property, receiver) {
      if (property === 'saveGroup') return async () => undefined;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

const orderEvent = (order: string, step: number) => createEvent('relay.OrderStep', { order, step });

describe('outbox relay from a SQLite outbox to JetStream', () => {
  let prefix: string;
  let dir: ReturnType<typeof tempDir>;
  let backend: SqliteBackend;
  const cleanups: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    await assertReachable();
    prefix = uniquePrefix('relay');
    dir = tempDir();
    backend = createSqliteBackend({ file: dir.file() });
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await backend.close();
    await deletePrefix(prefix);
    dir.cleanup();
  });

  const open = async (servers = natsUrl(), options: Partial<Parameters<typeof createNatsTransport>[0]> = {}): Promise<NatsTransport> => {
    const transport = await createNatsTransport({ servers, prefix, ...options });
    cleanups.push(() => transport.close());
    return transport;
  };
  const relay = (options: Omit<Parameters<typeof createOutboxRelay>[0], 'target'> & { target: NatsTransport }): OutboxRelay => {
    const started = createOutboxRelay(options);
    cleanups.push(() => started.close());
    return started;
  };
  /** Commits `messages` through the outbox in one transaction, with an event beside them. */
  const commit = (messages: OutgoingMessage[]) =>
    backend.storage.transaction(async (tx) => {
      await tx.events.append(`batch-${messages[0]!.message.id}`, [{ type: 'relay.Committed', data: { count: messages.length } }]);
      await tx.outbox.add(messages);
    });
  const reader = async (transport: NatsTransport, topics: string[]) => {
    const received: { topic: string; key: string; message: Message }[] = [];
    await transport.subscribe(topics, async (message, delivery) => void received.push({ topic: delivery.topic, key: delivery.key, message }), {
      group: 'reader',
      startFrom: 'beginning',
    });
    return received;
  };
  /** The message ids a topic's stream holds, in stream order. */
  const storedIds = async (topic: string) => {
    const nc = await connectOrFail();
    try {
      const jsm = await jetstreamManager(nc);
      const stream = namesFor(prefix).topicStream(topic);
      const { first_seq, last_seq, messages } = (await jsm.streams.info(stream)).state;
      const ids: string[] = [];
      for (let seq = first_seq; messages > 0 && seq <= last_seq; seq++) ids.push((await jsm.streams.getMessage(stream, { seq }))!.header.get('Nats-Msg-Id'));
      return ids;
    } finally {
      await nc.close();
    }
  };
  const setMaxMsgSize = async (topic: string, maxMsgSize: number) => {
    const nc = await connectOrFail();
    try {
      await (await jetstreamManager(nc)).streams.update(namesFor(prefix).topicStream(topic), { max_msg_size: maxMsgSize });
    } finally {
      await nc.close();
    }
  };
  const storedCount = async (topic: string) => {
    const nc = await connectOrFail();
    try {
      return (await (await jetstreamManager(nc)).streams.info(namesFor(prefix).topicStream(topic))).state.messages;
    } finally {
      await nc.close();
    }
  };

  it('publishes commits in commit order, woken by the commit, and JetStream drops what a crashed relay publishes again', async () => {
    const target = await open();
    const received = await reader(target, ['orders', 'payments']);
    const committed: OutgoingMessage[] = [];
    const commitSteps = async (from: number, to: number) => {
      for (let step = from; step < to; step++) {
        const batch = [
          { topic: 'orders', key: 'order-a', message: orderEvent('a', step) },
          { topic: 'orders', key: 'order-b', message: orderEvent('b', step) },
          // Not in the relay's `topics`: learnt from the append.
          { topic: 'payments', key: 'order-a', message: orderEvent('a', step) },
        ];
        await commit(batch);
        committed.push(...batch);
      }
    };

    // A relay that crashes after each publish, before saving its progress. The poll is far off:
    // only the commits wake it.
    const crashing = relay({ log: withoutProgress(backend.log), target, topics: ['orders'], fallbackPollMs: 3_600_000 });
    await commitSteps(0, 5);
    await waitUntil('the first commits', () => received.length === committed.length, 10_000);
    await crashing.close();
    expect(await backend.log.loadGroup('outbox-relay', 'orders')).toBeUndefined();

    // The restarted relay starts from nothing saved and publishes everything again.
    const restarted = relay({ log: backend.log, target, topics: ['orders', 'payments'] });
    await restarted.idle();
    await commitSteps(5, 8);
    await waitUntil('the later commits', () => received.length >= committed.length, 10_000);
    await restarted.idle();
    await sleep(200);

    // Nothing twice: the server dropped the republished ids, so the stream holds each once.
    expect(received.map((r) => r.message.id).sort()).toEqual(committed.map((c) => c.message.id).sort());
    expect(await storedCount('orders')).toBe(16);
    expect(await storedCount('payments')).toBe(8);
    // Per topic, in commit order.
    for (const topic of ['orders', 'payments']) {
      expect(received.filter((r) => r.topic === topic).map((r) => r.message.id)).toEqual(
        committed.filter((c) => c.topic === topic).map((c) => c.message.id),
      );
    }
    expect(received.find((r) => r.topic === 'orders')!.key).toBe('order-a');
    expect((await backend.log.loadGroup('outbox-relay', 'orders'))?.cursor).toBe(await backend.log.lastPosition('orders'));
  });

  it('keeps the order when a publish in the middle of a pipelined window is refused', async () => {
    const target = await open();
    await target.declare('orders', { kind: 'stream' });
    // The server refuses messages over 1 KiB: step 9 of 30, all relayed in one pipelined batch.
    await setMaxMsgSize('orders', 1024);
    const committed = Array.from({ length: 30 }, (_, step) => ({
      topic: 'orders',
      key: `order-${step % 3}`,
      message: createEvent('relay.OrderStep', { order: 'a', step, padding: step === 9 ? 'x'.repeat(2048) : '' }),
    }));
    await commit(committed);
    const errors: unknown[] = [];
    relay({ log: backend.log, target, topics: ['orders'], backoff: { initialMs: 20, maxMs: 50 }, onError: (error) => errors.push(error) });

    await waitUntil('the relay to be refused, retrying', () => errors.length >= 3, 10_000);
    // Steps 10..29 were in flight with step 9 and refused with it (wrong last msg id): none overtook.
    const ids = committed.map((c) => c.message.id);
    expect(await storedIds('orders')).toEqual(ids.slice(0, 9));
    expect(String(errors[0])).toMatch(/message size exceeds maximum allowed/);

    await setMaxMsgSize('orders', -1);
    await waitUntil('the rest', async () => (await storedCount('orders')) >= 30, 10_000);
    await sleep(200);
    // Each once, in commit order, although steps 0..8 were published again by every retry.
    expect(await storedIds('orders')).toEqual(ids);
  });

  it('keeps the order when another publisher came between two of its batches', async () => {
    const target = await open();
    await target.declare('orders', { kind: 'stream' });
    relay({ log: backend.log, target, topics: ['orders'] });
    const first = Array.from({ length: 3 }, (_, step) => ({ topic: 'orders', key: 'order-a', message: orderEvent('a', step) }));
    await commit(first);
    await waitUntil('the first batch', async () => (await storedCount('orders')) === 3, 10_000);

    // The stream's last message is no longer the relay's: its next batch expects it in vain, is
    // refused, and goes the careful way (its first record alone) instead.
    const between = orderEvent('b', 0);
    await target.publish([{ topic: 'orders', key: 'order-b', message: between }]);
    const second = Array.from({ length: 3 }, (_, step) => ({ topic: 'orders', key: 'order-a', message: orderEvent('a', 3 + step) }));
    await commit(second);

    await waitUntil('the second batch', async () => (await storedCount('orders')) === 7, 10_000);
    expect(await storedIds('orders')).toEqual([...first.map((c) => c.message.id), between.id, ...second.map((c) => c.message.id)]);
  });

  it('publishes a large batch pipelined, exactly once and in order, across a cut connection', async () => {
    const proxy = await startTcpProxy(natsUrl());
    cleanups.push(() => proxy.close());
    const target = await open(proxy.url, { publishTimeoutMs: 1000, connectionOptions: { reconnectTimeWait: 50 } });
    const records = Array.from({ length: 3000 }, (_, step) => ({ topic: 'orders', key: `order-${step % 7}`, message: orderEvent('a', step), schemaVersion: 1 }));
    await target.declare('orders', { kind: 'stream' });
    let attempts = 0;
    const cutting = (async () => {
      // Cut while publishes are in flight: bytes on the dead socket are lost, buffered ones resent.
      for (let cut = 0; cut < 3; cut++) {
        await sleep(60);
        proxy.cut();
      }
    })();
    for (;;) {
      attempts++;
      try {
        await target.publishStored(records);
        break;
      } catch (error) {
        if (attempts > 20) throw error;
        await sleep(50);
      }
    }
    await cutting;
    expect(proxy.connections).toBeGreaterThan(1);
    expect(await storedIds('orders')).toEqual(records.map((r) => r.message.id));
  });

  describe('while NATS is unreachable', () => {
    let proxy: TcpProxy;
    beforeEach(async () => {
      proxy = await startTcpProxy(natsUrl());
      cleanups.push(() => proxy.close());
    });

    it('keeps the backlog in the outbox, retrying, and drains it in order once NATS is back', async () => {
      const errors: string[] = [];
      // The relay reaches NATS through the proxy; the reader has a connection of its own.
      const target = await open(proxy.url, { publishTimeoutMs: 500, connectionOptions: { reconnectTimeWait: 100 } });
      const received = await reader(await open(), ['orders']);
      relay({ log: backend.log, target, topics: ['orders'], backoff: { initialMs: 50, maxMs: 200 }, onError: (_e, context) => errors.push(context) });

      const before = Array.from({ length: 3 }, (_, step) => ({ topic: 'orders', key: 'order-a', message: orderEvent('a', step) }));
      await commit(before);
      await waitUntil('the commits before the outage', () => received.length === 3, 10_000);

      await proxy.down();
      const during: OutgoingMessage[] = [];
      for (let step = 3; step < 23; step += 5) {
        const batch = Array.from({ length: 5 }, (_, i) => ({ topic: 'orders', key: `order-${(step + i) % 2 ? 'a' : 'b'}`, message: orderEvent('a', step + i) }));
        await commit(batch);
        during.push(...batch);
      }
      await waitUntil('the relay to fail and retry', () => errors.length >= 2, 10_000);
      // The outbox holds the backlog; nothing reached the reader, nothing was lost.
      expect((await backend.log.read('orders', 0, 100)).length).toBe(23);
      expect(received.length).toBe(3);

      await proxy.restore();
      await waitUntil('the backlog', () => received.length >= 23, 15_000);
      await sleep(200);
      expect(received.map((r) => r.message.id)).toEqual([...before, ...during].map((c) => c.message.id));
      expect(await storedCount('orders')).toBe(23);
    });
  });
});
