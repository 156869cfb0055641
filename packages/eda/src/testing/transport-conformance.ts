import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MessageValidationError, PermanentError } from '../errors.js';
import { createEvent, type Message } from '../message.js';
import { MessageRegistry } from '../registry.js';
import type { OutgoingMessage } from '../storage.js';
import type { Delivery, MessageHandler, SubscribeOptions, Transport } from '../transport.js';

/**
 * One transport under test, opened by the adapter's factory for a single test.
 *
 * - `transport`: the transport to publish and subscribe on. Each test gets fresh, empty data.
 * - `close()`: closes the current transport (the one `reopen` returned last, if any) and frees
 *   everything behind it (files, connections). Called once after every test; it must be safe
 *   when the test has already closed the transport itself.
 * - `reopen(options?)`: simulates a process restart. Closes the current transport (draining it)
 *   and returns a new one over the same durable data. Without `options` the new transport uses the
 *   factory's options again; with them it uses `options.registry` (none when undefined), as a newer
 *   build of the service would after a deploy that bumps schema versions. Required when
 *   `features.persistent` or `features.upcasting` is true.
 */
export interface TransportHarness {
  transport: Transport;
  close(): Promise<void>;
  reopen?(options?: TransportFactoryOptions): Promise<Transport>;
}

export interface TransportFactoryOptions {
  /** When given, the transport must validate published messages with it (and upcast delivered ones, see `upcasting`). */
  registry?: MessageRegistry;
}

/** Opens a fresh transport for one test. */
export type TransportFactory = (options: TransportFactoryOptions) => Promise<TransportHarness>;

/**
 * What the adapter supports, in the manner of Watermill's feature table. A test that needs an
 * unsupported feature is skipped (and reported as skipped, so the gap stays visible).
 */
export interface TransportFeatures {
  /** Topics of kind `'queue'`: each message to exactly one subscriber. */
  queues: boolean;
  /** `retention.maxCount` on a declared stream drops the oldest messages. */
  retention: boolean;
  /** Parking after `maxAttempts`, listing, replay and discard through `transport.deadLetters`. */
  deadLetters: boolean;
  /** Published messages, group progress and dead letters survive `harness.reopen()`. */
  persistent: boolean;
  /** `startFrom: { position }` starts a new group at that (inclusive) position. */
  startFromPosition: boolean;
  /** `publish` validates against `TransportFactoryOptions.registry` and refuses invalid messages. */
  registryValidation: boolean;
  /**
   * Messages keep the schema version they were published with: after `harness.reopen({ registry })`
   * with a registry that bumped a type's version, retained messages and dead letters of that type
   * are delivered upcast to the current version, and one that no longer decodes is parked.
   */
  upcasting: boolean;
}

export interface TransportConformanceOptions {
  /** How long a test waits for a condition before failing (default 5000 ms). Raise it for remote brokers. */
  timeoutMs?: number;
}

/**
 * The conformance suite every `Transport` adapter runs:
 *
 * ```ts
 * runTransportConformance('sqlite', async () => { ... return { transport, close, reopen } }, {
 *   queues: true, retention: true, deadLetters: true, persistent: true, startFromPosition: true,
 *   registryValidation: true, upcasting: true,
 * });
 * ```
 *
 * It proves the `Transport` contract: at-least-once delivery, every group gets every message,
 * members of a group compete, per-key order without overlap, redelivery with growing attempts,
 * dead letters that never block other keys and replay to their own group only, queues,
 * retention, and no loss when subscribers (or the whole process) close and come back.
 *
 * Tests wait for conditions with a deadline; none asserts on timing. Backoffs are short (5 ms).
 */
export const runTransportConformance = (
  name: string,
  factory: TransportFactory,
  features: TransportFeatures,
  options: TransportConformanceOptions = {},
): void => {
  const timeoutMs = options.timeoutMs ?? 5000;
  const fastRetry = { backoff: { initialMs: 5, maxMs: 20, jitter: 0 } } satisfies Partial<SubscribeOptions>;

  describe(`Transport conformance: ${name}`, () => {
    let harness: TransportHarness;
    let transport: Transport;
    let counter = 0;
    const unique = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

    beforeEach(async () => {
      harness = await factory({});
      transport = harness.transport;
    });
    afterEach(async () => {
      await harness.close();
    });

    const waitFor = (what: string, condition: () => boolean | Promise<boolean>) => waitUntil(what, condition, timeoutMs);

    /** Runs `body` on a harness of its own that uses `registry`, and closes it whatever happens. */
    const withHarness = async (registry: MessageRegistry, body: (own: TransportHarness) => Promise<void>) => {
      const own = await factory({ registry });
      try {
        await body(own);
      } finally {
        await own.close();
      }
    };

    /** Publishes `count` events of one topic, each under `key(i)` (default: its own id). */
    const publishNumbered = async (topic: string, count: number, from = 0, key?: (i: number) => string, on = transport) => {
      const messages: OutgoingMessage[] = [];
      for (let i = from; i < from + count; i++) {
        messages.push({ topic, message: createEvent('conformance.Numbered', { n: i }), key: key?.(i) });
      }
      await on.publish(messages);
      return messages.map((m) => m.message);
    };

    /** A subscriber that records what it handles. */
    const collector = () => {
      const received: { message: Message; delivery: Delivery }[] = [];
      const handler: MessageHandler = async (message, delivery) => {
        received.push({ message, delivery });
      };
      const ids = () => new Set(received.map((r) => r.message.id));
      return { received, handler, ids };
    };

    const hasAll = (got: Set<string>, wanted: Message[]) => wanted.every((m) => got.has(m.id));

    it('delivers a message with its envelope, metadata and delivery details intact', async () => {
      const topic = unique('topic');
      const group = unique('group');
      const sink = collector();
      await transport.subscribe(topic, sink.handler, { group, startFrom: 'beginning' });
      const sent = createEvent('conformance.Happened', { text: 'héllo', nested: { list: [1, 2] } }, {
        correlationId: 'corr-1',
        causationId: 'cause-1',
        traceparent: '00-0123456789abcdef0123456789abcdef-0123456789abcdef-01',
        tenant: 'mall-7',
      });
      const unkeyed = createEvent('conformance.Happened', { text: 'no key' });
      await transport.publish([{ topic, message: sent, key: 'order-1' }, { topic, message: unkeyed }]);

      await waitFor('both messages', () => sink.received.length >= 2);
      const [first, second] = sink.received;
      expect(first!.message.id).toBe(sent.id);
      expect(first!.message.type).toBe(sent.type);
      expect(first!.message.data).toEqual(sent.data);
      expect(first!.message.metadata).toEqual(sent.metadata);
      expect(first!.message.occurredAt).toBeInstanceOf(Date);
      expect(first!.message.occurredAt.getTime()).toBe(sent.occurredAt.getTime());
      expect(first!.delivery).toMatchObject({ topic, group, key: 'order-1', attempt: 1 });
      expect(first!.delivery.replayOf).toBeUndefined();
      expect(second!.delivery.key).toBe(unkeyed.id);
      expect(second!.delivery.position).toBeGreaterThan(first!.delivery.position);
    });

    it('gives every message to each of 50 groups subscribed at once', async () => {
      const topic = unique('topic');
      const sinks = Array.from({ length: 50 }, () => collector());
      await Promise.all(sinks.map((sink, i) => transport.subscribe(topic, sink.handler, { group: `g${i}-${topic}`, startFrom: 'beginning' })));
      const sent = await publishNumbered(topic, 20);
      await waitFor('all 50 groups to get all 20 messages', () => sinks.every((sink) => hasAll(sink.ids(), sent)));
    });

    it('gives each of two groups every message', async () => {
      const topic = unique('topic');
      const a = collector();
      const b = collector();
      await transport.subscribe(topic, a.handler, { group: unique('a'), startFrom: 'beginning' });
      await transport.subscribe(topic, b.handler, { group: unique('b'), startFrom: 'beginning' });
      const sent = await publishNumbered(topic, 15, 0, (i) => `k${i % 3}`);
      await waitFor('both groups to get everything', () => hasAll(a.ids(), sent) && hasAll(b.ids(), sent));
      expect(a.received).toHaveLength(15);
      expect(b.received).toHaveLength(15);
    });

    it('redelivers a nacked message with a growing attempt number', async () => {
      const topic = unique('topic');
      const attempts: number[] = [];
      await transport.subscribe(
        topic,
        async (_message, delivery) => {
          attempts.push(delivery.attempt);
          if (delivery.attempt < 3) throw new Error(`fail ${delivery.attempt}`);
        },
        { group: unique('group'), startFrom: 'beginning', maxAttempts: 5, ...fastRetry },
      );
      await publishNumbered(topic, 1);
      await waitFor('the third attempt', () => attempts.includes(3));
      expect(attempts).toEqual([1, 2, 3]);
      if (features.deadLetters) expect(await transport.deadLetters.list({ topic })).toEqual([]);
    });

    it('keeps per-key order under concurrency, never overlaps one key, and overlaps different keys', async () => {
      const topic = unique('topic');
      const keys = ['k0', 'k1', 'k2', 'k3'];
      const seen = new Map<string, number[]>(keys.map((k) => [k, []]));
      const busy = new Set<string>();
      const violations: string[] = [];
      let running = 0;
      let maxRunning = 0;
      await transport.subscribe(
        topic,
        async (message, delivery) => {
          if (busy.has(delivery.key)) violations.push(`${delivery.key} overlapped`);
          busy.add(delivery.key);
          running++;
          maxRunning = Math.max(maxRunning, running);
          await sleep(Math.random() * 4);
          seen.get(delivery.key)!.push((message.data as { n: number }).n);
          running--;
          busy.delete(delivery.key);
        },
        { group: unique('group'), startFrom: 'beginning', concurrency: 4 },
      );
      await publishNumbered(topic, 40, 0, (i) => keys[i % keys.length]!);
      await waitFor('all 40 messages', () => [...seen.values()].every((list) => list.length === 10));
      expect(violations).toEqual([]);
      keys.forEach((key, k) => expect(seen.get(key)).toEqual(Array.from({ length: 10 }, (_, i) => i * keys.length + k)));
      expect(maxRunning).toBeGreaterThan(1);
    });

    it('splits a group between competing members without loss or duplicates', async () => {
      const topic = unique('topic');
      const group = unique('group');
      const a = collector();
      const b = collector();
      const slow = (handler: MessageHandler): MessageHandler => async (message, delivery) => {
        await sleep(2);
        await handler(message, delivery);
      };
      await transport.subscribe(topic, slow(a.handler), { group, startFrom: 'beginning' });
      await transport.subscribe(topic, slow(b.handler), { group, startFrom: 'beginning' });
      const sent = await publishNumbered(topic, 30);
      await waitFor('all 30 messages', () => a.received.length + b.received.length >= 30);
      const all = [...a.received, ...b.received].map((r) => r.message.id);
      expect(new Set(all).size).toBe(all.length);
      expect(new Set(all)).toEqual(new Set(sent.map((m) => m.id)));
      expect(a.received.length).toBeGreaterThan(0);
      expect(b.received.length).toBeGreaterThan(0);
    });

    it('loses nothing when a member closes mid-stream and the group comes back', async () => {
      const topic = unique('topic');
      const group = unique('group');
      const handled = new Set<string>();
      const handler: MessageHandler = async (message) => {
        await sleep(1);
        handled.add(message.id);
      };
      const first = await transport.subscribe(topic, handler, { group, startFrom: 'beginning', concurrency: 3 });
      const before = await publishNumbered(topic, 20);
      await waitFor('a few messages', () => handled.size >= 5);
      await first.close();
      const after = await publishNumbered(topic, 20, 20);
      await transport.subscribe(topic, handler, { group, startFrom: 'end' });
      await waitFor('every message of both batches', () => hasAll(handled, [...before, ...after]));
    });

    it('replays everything to a late group starting from the beginning', async () => {
      const topic = unique('topic');
      const sent = await publishNumbered(topic, 10);
      const late = collector();
      await transport.subscribe(topic, late.handler, { group: unique('late'), startFrom: 'beginning' });
      await waitFor('all 10 messages', () => hasAll(late.ids(), sent));
      expect(late.received.map((r) => r.message.id)).toEqual(sent.map((m) => m.id));
    });

    it('gives a new group starting from the end only what is published after it joins', async () => {
      const topic = unique('topic');
      const old = await publishNumbered(topic, 5);
      const sink = collector();
      await transport.subscribe(topic, sink.handler, { group: unique('group'), startFrom: 'end' });
      const fresh = await publishNumbered(topic, 5, 5);
      await waitFor('the new messages', () => hasAll(sink.ids(), fresh));
      expect(old.some((m) => sink.ids().has(m.id))).toBe(false);
      expect(sink.received).toHaveLength(5);
    });

    it.runIf(features.startFromPosition)('starts a new group at a given position, inclusive', async () => {
      const topic = unique('topic');
      const sent = await publishNumbered(topic, 6);
      const probe = collector();
      await transport.subscribe(topic, probe.handler, { group: unique('probe'), startFrom: 'beginning' });
      await waitFor('positions of all messages', () => probe.received.length >= 6);
      const third = probe.received.find((r) => r.message.id === sent[3]!.id)!;
      const sink = collector();
      await transport.subscribe(topic, sink.handler, { group: unique('group'), startFrom: { position: third.delivery.position } });
      await waitFor('messages from the position on', () => hasAll(sink.ids(), sent.slice(3)));
      expect(sink.received.map((r) => r.message.id)).toEqual(sent.slice(3).map((m) => m.id));
    });

    it('closes a subscription only after its in-flight handler finished', async () => {
      const topic = unique('topic');
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let started = false;
      let finished = false;
      const subscription = await transport.subscribe(
        topic,
        async () => {
          started = true;
          await gate;
          finished = true;
        },
        { group: unique('group'), startFrom: 'beginning' },
      );
      await publishNumbered(topic, 1);
      await waitFor('the handler to start', () => started);
      let closed = false;
      const closing = subscription.close().then(() => (closed = true));
      await sleep(20);
      expect(closed).toBe(false);
      release();
      await closing;
      expect(finished).toBe(true);
    });

    it('subscribes one handler to several topics', async () => {
      const topics = [unique('topic'), unique('topic')];
      const sink = collector();
      await transport.subscribe(topics, sink.handler, { group: unique('group'), startFrom: 'beginning' });
      const sent = [...(await publishNumbered(topics[0]!, 3)), ...(await publishNumbered(topics[1]!, 3))];
      await waitFor('messages of both topics', () => hasAll(sink.ids(), sent));
      expect(new Set(sink.received.map((r) => r.delivery.topic))).toEqual(new Set(topics));
    });

    describe.runIf(features.deadLetters)('dead letters', () => {
      /** A subscriber that fails every message of key `bad` while `failing` is true. */
      const flaky = () => {
        const state = { failing: true, deliveries: [] as { message: Message; delivery: Delivery }[] };
        const handler: MessageHandler = async (message, delivery) => {
          state.deliveries.push({ message, delivery });
          if (state.failing && delivery.key === 'bad') throw new Error(`boom on ${message.id}`);
        };
        return { state, handler };
      };

      it('parks a message after maxAttempts with its error, attempts and origin, while other keys keep flowing', async () => {
        const topic = unique('topic');
        const group = unique('group');
        const { state, handler } = flaky();
        await transport.subscribe(topic, handler, { group, startFrom: 'beginning', maxAttempts: 3, concurrency: 2, ...fastRetry });
        const [bad] = await publishNumbered(topic, 1, 0, () => 'bad');
        const good = await publishNumbered(topic, 10, 1, (i) => `good-${i % 2}`);

        await waitFor('the good messages', () => hasAll(new Set(state.deliveries.map((d) => d.message.id)), good));
        await waitFor('the dead letter', async () => (await transport.deadLetters.list({ group })).length === 1);
        const [letter] = await transport.deadLetters.list({ group, topic });
        const firstDelivery = state.deliveries.find((d) => d.message.id === bad!.id)!;
        expect(letter).toMatchObject({ group, topic, key: 'bad', position: firstDelivery.delivery.position, attempts: 3, replaying: false });
        expect(letter!.message.id).toBe(bad!.id);
        expect(letter!.message.data).toEqual(bad!.data);
        expect(letter!.error).toContain(`boom on ${bad!.id}`);
        expect(letter!.parkedAt).toBeInstanceOf(Date);
        expect(state.deliveries.filter((d) => d.message.id === bad!.id).map((d) => d.delivery.attempt)).toEqual([1, 2, 3]);
        const lastAttempt = state.deliveries.findIndex((d) => d.message.id === bad!.id && d.delivery.attempt === 3);
        const goodIds = new Set(good.map((m) => m.id));
        expect(state.deliveries.slice(0, lastAttempt).some((d) => goodIds.has(d.message.id)), 'other keys flow during the retries').toBe(true);

        // The parked key is free again: a later message of it flows.
        const [later] = await publishNumbered(topic, 1, 100, () => 'bad');
        state.failing = false;
        await waitFor('a later message of the parked key', () => state.deliveries.some((d) => d.message.id === later!.id));
      });

      it('parks a permanent failure at once, without spending its remaining attempts', async () => {
        const topic = unique('topic');
        const group = unique('group');
        const attempts: number[] = [];
        const handled = collector();
        await transport.subscribe(
          topic,
          async (message, delivery) => {
            if (delivery.key !== 'poison') return handled.handler(message, delivery);
            attempts.push(delivery.attempt);
            throw new PermanentError('this payload will never be handled');
          },
          { group, startFrom: 'beginning', maxAttempts: 5, ...fastRetry },
        );
        const [poison] = await publishNumbered(topic, 1, 0, () => 'poison');
        const good = await publishNumbered(topic, 3, 1);
        await waitFor('the dead letter', async () => (await transport.deadLetters.list({ group })).length === 1);
        await waitFor('the good messages', () => hasAll(handled.ids(), good));
        const [letter] = await transport.deadLetters.list({ group });
        expect(letter).toMatchObject({ key: 'poison', attempts: 1, error: 'this payload will never be handled' });
        expect(letter!.message.id).toBe(poison!.id);
        expect(attempts).toEqual([1]);
      });

      it('replays a dead letter to its own group only and deletes it on success', async () => {
        const topic = unique('topic');
        const group = unique('group');
        const { state, handler } = flaky();
        const other = collector();
        await transport.subscribe(topic, handler, { group, startFrom: 'beginning', maxAttempts: 2, ...fastRetry });
        await transport.subscribe(topic, other.handler, { group: unique('other'), startFrom: 'beginning' });
        const [bad] = await publishNumbered(topic, 1, 0, () => 'bad');
        await waitFor('the dead letter', async () => (await transport.deadLetters.list({ group })).length === 1);
        await waitFor('the other group to get the message', () => other.ids().has(bad!.id));
        const [letter] = await transport.deadLetters.list({ group });

        state.failing = false;
        await transport.deadLetters.replay(letter!.id);
        await waitFor('the replayed delivery', () => state.deliveries.some((d) => d.delivery.replayOf === letter!.id));
        const replayed = state.deliveries.find((d) => d.delivery.replayOf === letter!.id)!;
        expect(replayed.message.id).toBe(bad!.id);
        expect(replayed.delivery).toMatchObject({ group, topic, key: 'bad', attempt: 1, position: letter!.position });
        await waitFor('the letter to be deleted', async () => (await transport.deadLetters.list({ group })).length === 0);

        // A marker published after the replay reaches the other group; the replay never did.
        const [marker] = await publishNumbered(topic, 1, 1);
        await waitFor('the marker in the other group', () => other.ids().has(marker!.id));
        expect(other.received.filter((r) => r.message.id === bad!.id)).toHaveLength(1);
      });

      it('parks a replay that fails again with the new error', async () => {
        const topic = unique('topic');
        const group = unique('group');
        const { state, handler } = flaky();
        await transport.subscribe(topic, handler, { group, startFrom: 'beginning', maxAttempts: 2, ...fastRetry });
        await publishNumbered(topic, 1, 0, () => 'bad');
        await waitFor('the dead letter', async () => (await transport.deadLetters.list({ group })).length === 1);
        const [letter] = await transport.deadLetters.list({ group });

        const failuresBefore = state.deliveries.length;
        await transport.deadLetters.replay(letter!.id);
        await waitFor('the replay to fail maxAttempts times', () => state.deliveries.filter((d) => d.delivery.replayOf === letter!.id).length >= 2);
        await waitFor('the letter parked again', async () => {
          const again = await transport.deadLetters.list({ group });
          return again.length === 1 && !again[0]!.replaying;
        });
        const [parked] = await transport.deadLetters.list({ group });
        expect(parked!.id).toBe(letter!.id);
        expect(parked!.attempts).toBe(2);
        expect(parked!.error).toContain('boom');
        expect(state.deliveries.slice(failuresBefore).map((d) => d.delivery.attempt)).toEqual([1, 2]);
      });

      it('discards a dead letter', async () => {
        const topic = unique('topic');
        const group = unique('group');
        const { handler } = flaky();
        await transport.subscribe(topic, handler, { group, startFrom: 'beginning', maxAttempts: 1, ...fastRetry });
        await publishNumbered(topic, 1, 0, () => 'bad');
        await waitFor('the dead letter', async () => (await transport.deadLetters.list({ group })).length === 1);
        const [letter] = await transport.deadLetters.list({ group });
        await transport.deadLetters.discard(letter!.id);
        expect(await transport.deadLetters.list({ group })).toEqual([]);
      });
    });

    it.runIf(features.queues)('hands each queued message to exactly one competing consumer', async () => {
      const topic = unique('queue');
      await transport.declare(topic, { kind: 'queue' });
      const sent = await publishNumbered(topic, 30);
      const a = collector();
      const b = collector();
      const slow = (handler: MessageHandler): MessageHandler => async (message, delivery) => {
        await sleep(2);
        await handler(message, delivery);
      };
      // Queues ignore the group: these two still compete.
      await transport.subscribe(topic, slow(a.handler), { group: unique('a') });
      await transport.subscribe(topic, slow(b.handler), { group: unique('b') });
      await waitFor('all 30 messages', () => a.received.length + b.received.length >= 30);
      const all = [...a.received, ...b.received].map((r) => r.message.id);
      expect(new Set(all).size).toBe(all.length);
      expect(new Set(all)).toEqual(new Set(sent.map((m) => m.id)));
      expect(a.received.length).toBeGreaterThan(0);
      expect(b.received.length).toBeGreaterThan(0);
    });

    it.runIf(features.retention)('keeps only the newest maxCount messages of a stream', async () => {
      const topic = unique('topic');
      await transport.declare(topic, { kind: 'stream', retention: { maxCount: 5 } });
      const sent = await publishNumbered(topic, 12);
      const newest = sent.slice(-5).map((m) => m.id);
      // Trimming may lag the publish; a fresh group from the beginning shows what is retained.
      let retained: string[] = [];
      await waitFor('the stream to be trimmed to 5', async () => {
        const sink = collector();
        const subscription = await transport.subscribe(topic, sink.handler, { group: unique('reader'), startFrom: 'beginning' });
        await waitUntil('the newest message', () => sink.ids().has(sent.at(-1)!.id), timeoutMs);
        await subscription.close();
        retained = sink.received.map((r) => r.message.id);
        return retained.length <= 5;
      });
      expect(retained).toEqual(newest);
    });

    it.runIf(features.registryValidation)('refuses to publish a message that fails its schema', async () => {
      const registry = new MessageRegistry().register({ type: 'conformance.Priced', schema: z.object({ cents: z.number().int().min(0) }) });
      await withHarness(registry, async (validating) => {
        const topic = unique('topic');
        const sink = collector();
        await validating.transport.subscribe(topic, sink.handler, { group: unique('group'), startFrom: 'beginning' });
        const invalid = createEvent('conformance.Priced', { cents: -1 });
        await expect(validating.transport.publish([{ topic, message: invalid }])).rejects.toBeInstanceOf(MessageValidationError);
        const valid = createEvent('conformance.Priced', { cents: 250 });
        await validating.transport.publish([{ topic, message: valid }]);
        await waitFor('the valid message', () => sink.ids().has(valid.id));
        expect([...sink.ids()]).toEqual([valid.id]);
      });
    });

    describe.runIf(features.upcasting)('schema upcasting across a deploy', () => {
      type Named = { name: string; nickname?: string };
      const schemas = {
        1: z.object({ name: z.string() }),
        2: z.object({ name: z.string(), nickname: z.string() }),
        3: z.object({ name: z.string(), nickname: z.string(), shout: z.string() }),
      };
      /**
       * `conformance.Named` at `version`: 2 adds `nickname` (the name in lower case), 3 adds
       * `shout`. Version 2 data upcast as if it were version 1 would get its nickname overwritten,
       * so the tests see which version a message was kept with.
       */
      const registryAt = (version: 1 | 2 | 3, fromOne: (data: Named) => unknown = (data) => ({ ...data, nickname: data.name.toLowerCase() })) =>
        new MessageRegistry().register({
          type: 'conformance.Named',
          version,
          schema: schemas[version],
          upcasters: { 1: (data) => fromOne(data as Named), 2: (data) => ({ ...(data as Named), shout: (data as Named).name.toUpperCase() }) },
        });
      const v1 = () => registryAt(1);
      const v2 = (fromOne?: (data: Named) => unknown) => registryAt(2, fromOne);
      const named = (name: string, nickname?: string) => createEvent('conformance.Named', nickname === undefined ? { name } : { name, nickname });

      it('delivers a message retained under an older schema version upcast to the current one', async () => {
        await withHarness(v1(), async (versioned) => {
          const topic = unique('topic');
          const old = named('Ada');
          await versioned.transport.publish([{ topic, message: old }]);

          const current = await versioned.reopen!({ registry: v2() });
          const fresh = named('Bob', 'bobby');
          await current.publish([{ topic, message: fresh }]);
          const sink = collector();
          await current.subscribe(topic, sink.handler, { group: unique('group'), startFrom: 'beginning' });
          await waitFor('both messages', () => hasAll(sink.ids(), [old, fresh]));
          expect(sink.received.map((r) => [r.message.id, r.message.data])).toEqual([
            [old.id, { name: 'Ada', nickname: 'ada' }],
            [fresh.id, { name: 'Bob', nickname: 'bobby' }],
          ]);
        });
      });

      it.runIf(features.deadLetters)('replays a dead letter parked under an older schema version upcast to the current one', async () => {
        await withHarness(v2(), async (versioned) => {
          const topic = unique('topic');
          const group = unique('group');
          const old = named('Ada', 'Addy');
          const down: MessageHandler = async () => {
            throw new Error('down');
          };
          await versioned.transport.subscribe(topic, down, { group, startFrom: 'beginning', maxAttempts: 1, ...fastRetry });
          await versioned.transport.publish([{ topic, message: old }]);
          await waitFor('the dead letter', async () => (await versioned.transport.deadLetters.list({ group })).length === 1);

          const current = await versioned.reopen!({ registry: registryAt(3) });
          const [letter] = await current.deadLetters.list({ group });
          // Listed as a handler would get it now, not in the shape it was parked with.
          expect(letter!.message.data).toEqual({ name: 'Ada', nickname: 'Addy', shout: 'ADA' });
          const sink = collector();
          await current.subscribe(topic, sink.handler, { group, startFrom: 'beginning', maxAttempts: 1, ...fastRetry });
          await current.deadLetters.replay(letter!.id);
          await waitFor('the replay', () => sink.received.some((r) => r.delivery.replayOf === letter!.id));
          expect(sink.received.map((r) => [r.message.id, r.message.data])).toEqual([[old.id, { name: 'Ada', nickname: 'Addy', shout: 'ADA' }]]);
          await waitFor('the letter to be deleted', async () => (await current.deadLetters.list({ group })).length === 0);
        });
      });

      it.runIf(features.deadLetters)('parks at once a retained message that no longer decodes, without blocking other keys', async () => {
        await withHarness(v1(), async (versioned) => {
          const topic = unique('topic');
          const group = unique('group');
          const old = named('Ada');
          await versioned.transport.publish([{ topic, message: old, key: 'old' }]);

          // A broken upcaster: the upcast payload misses `nickname`, so it fails the version 2 schema.
          const current = await versioned.reopen!({ registry: v2((data) => data) });
          const fresh = named('Bob', 'bobby');
          await current.publish([{ topic, message: fresh, key: 'fresh' }]);
          const sink = collector();
          await current.subscribe(topic, sink.handler, { group, startFrom: 'beginning', maxAttempts: 5, ...fastRetry });
          await waitFor('the fresh message', () => sink.ids().has(fresh.id));
          await waitFor('the dead letter', async () => (await current.deadLetters.list({ group })).length === 1);
          const [letter] = await current.deadLetters.list({ group });
          // A payload that fails its schema fails the same way every time: parked on the first attempt.
          expect(letter).toMatchObject({ group, topic, key: 'old', attempts: 1, error: expect.stringContaining('conformance.Named') });
          // It cannot be decoded, so it is listed as stored.
          expect(letter!.message).toMatchObject({ id: old.id, data: { name: 'Ada' } });
          expect([...sink.ids()]).toEqual([fresh.id]);
        });
      });
    });

    describe.runIf(features.persistent)('across a restart', () => {
      it('resumes a group where it stopped and loses nothing published while it was down', async () => {
        const topic = unique('topic');
        const group = unique('group');
        const handled: string[] = [];
        const handler: MessageHandler = async (message) => {
          handled.push(message.id);
        };
        await transport.subscribe(topic, handler, { group, startFrom: 'beginning' });
        const before = await publishNumbered(topic, 10);
        await waitFor('the first batch', () => hasAll(new Set(handled), before));

        transport = await harness.reopen!();
        const during = await publishNumbered(topic, 5, 10);
        const afterRestart: string[] = [];
        await transport.subscribe(topic, async (message) => void afterRestart.push(message.id), { group, startFrom: 'beginning' });
        await waitFor('the messages published across the restart', () => hasAll(new Set(afterRestart), during));
        expect(afterRestart).toEqual(during.map((m) => m.id));
      });

      it('gives a closed-down group everything it missed, even mid-stream', async () => {
        const topic = unique('topic');
        const group = unique('group');
        const handled = new Set<string>();
        const handler: MessageHandler = async (message) => {
          await sleep(1);
          handled.add(message.id);
        };
        await transport.subscribe(topic, handler, { group, startFrom: 'beginning', concurrency: 2 });
        const before = await publishNumbered(topic, 30);
        await waitFor('a few messages', () => handled.size >= 5);
        transport = await harness.reopen!();
        const after = await publishNumbered(topic, 10, 30);
        await transport.subscribe(topic, handler, { group, startFrom: 'end' });
        await waitFor('every message', () => hasAll(handled, [...before, ...after]));
      });

      it.runIf(features.deadLetters)('keeps dead letters and replays them after a restart', async () => {
        const topic = unique('topic');
        const group = unique('group');
        let failing = true;
        const replays: Delivery[] = [];
        const handler: MessageHandler = async (_message, delivery) => {
          if (delivery.replayOf) replays.push(delivery);
          if (failing) throw new Error('down');
        };
        await transport.subscribe(topic, handler, { group, startFrom: 'beginning', maxAttempts: 1, ...fastRetry });
        await publishNumbered(topic, 1);
        await waitFor('the dead letter', async () => (await transport.deadLetters.list({ group })).length === 1);

        transport = await harness.reopen!();
        const [letter] = await transport.deadLetters.list({ group });
        expect(letter).toMatchObject({ group, topic, attempts: 1, error: expect.stringContaining('down') });
        await transport.deadLetters.replay(letter!.id);
        failing = false;
        await transport.subscribe(topic, handler, { group, startFrom: 'beginning', maxAttempts: 1, ...fastRetry });
        await waitFor('the replay', () => replays.some((d) => d.replayOf === letter!.id));
        await waitFor('the letter to be deleted', async () => (await transport.deadLetters.list({ group })).length === 0);
      });
    });
  });
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `condition` every few milliseconds; fails naming `what` when `timeoutMs` passes first. */
export const waitUntil = async (what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(5);
  }
};
