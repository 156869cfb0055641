import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MessageValidationError } from '../errors.js';
import { createMemoryMessageLog } from '../memory/memory-message-log.js';
import { createEvent } from '../message.js';
import { MessageRegistry } from '../registry.js';
import { waitUntil } from '../testing/transport-conformance.js';
import type { Delivery, Transport } from '../transport.js';
import { READ_FAILURE_REPORT_INTERVAL_MS } from './group-consumer.js';
import { createLogTransport, type LogTransportOptions } from './log-transport.js';
import type { GroupState, MessageLog } from './message-log.js';

const event = (n: number) => createEvent('test.Numbered', { n });
const numberOf = (data: unknown) => (data as { n: number }).n;
const fast = { backoff: { initialMs: 5, jitter: 0 } };

describe('createLogTransport', () => {
  const open: Transport[] = [];
  const transportOver = (log: MessageLog, options: LogTransportOptions = {}) => {
    const transport = createLogTransport(log, options);
    open.push(transport);
    return transport;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((transport) => transport.close()));
  });

  it('wakes on append, not on the safety poll', async () => {
    const transport = transportOver(createMemoryMessageLog(), { fallbackPollMs: 3_600_000 });
    const seen: number[] = [];
    await transport.subscribe('t', async (message) => void seen.push(numberOf(message.data)), { group: 'g' });
    await transport.publish([{ topic: 't', message: event(1) }]);
    await waitUntil('the message', () => seen.length === 1, 500);
  });

  it('keeps the process alive while a subscription is open, and only then', async () => {
    // Only ref'd timers count as active resources: the poll's ref is what holds the process.
    const timers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const before = timers();
    const transport = transportOver(createMemoryMessageLog(), { fallbackPollMs: 3_600_000 });
    expect(timers(), 'a transport without subscriptions holds nothing').toBe(before);
    const first = await transport.subscribe('t', async () => {}, { group: 'a' });
    const second = await transport.subscribe('t', async () => {}, { group: 'b' });
    expect(timers()).toBe(before + 1);
    await first.close();
    expect(timers(), 'one subscription is still open').toBe(before + 1);
    await second.close();
    expect(timers()).toBe(before);
  });

  it('picks up records appended without a wake (another process) on the safety poll', async () => {
    const log = createMemoryMessageLog();
    const deaf: MessageLog = { ...log, onAppend: () => () => undefined };
    const transport = transportOver(deaf, { fallbackPollMs: 20 });
    const seen: number[] = [];
    await transport.subscribe('t', async (message) => void seen.push(numberOf(message.data)), { group: 'g' });
    await log.append([{ topic: 't', key: 'k', message: event(1) }]);
    await waitUntil('the polled message', () => seen.length === 1);
  });

  it('holds a key while its message waits for a retry, and lets other keys pass', async () => {
    const transport = transportOver(createMemoryMessageLog());
    const order: string[] = [];
    await transport.subscribe(
      't',
      async (message, delivery) => {
        order.push(`${numberOf(message.data)}#${delivery.attempt}`);
        if (numberOf(message.data) === 1 && delivery.attempt === 1) throw new Error('once');
      },
      { group: 'g', concurrency: 2, ...fast },
    );
    await transport.publish([
      { topic: 't', message: event(1), key: 'a' },
      { topic: 't', message: event(2), key: 'a' },
      { topic: 't', message: event(3), key: 'b' },
    ]);
    await waitUntil('all messages', () => order.length === 4);
    expect(order.filter((entry) => !entry.startsWith('3'))).toEqual(['1#1', '1#2', '2#1']);
    expect(order.indexOf('3#1')).toBeLessThan(order.indexOf('1#2'));
  });

  it('saves progress coalesced, with out-of-order acks as done positions, and always on close', async () => {
    const log = createMemoryMessageLog();
    const saves: GroupState[] = [];
    const spy: MessageLog = { ...log, saveGroup: async (group, topic, state) => {
        saves.push(state);
        await log.saveGroup(group, topic, state);
      },
    };
    const transport = transportOver(spy);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handled: number[] = [];
    const subscription = await transport.subscribe(
      't',
      async (message) => {
        if (numberOf(message.data) === 1) await gate;
        handled.push(numberOf(message.data));
      },
      { group: 'g', concurrency: 5 },
    );
    const positions = await log.append([1, 2, 3, 4, 5].map((n) => ({ topic: 't', key: `k${n}`, message: event(n) })));
    await waitUntil('messages 2 to 5', () => handled.length === 4);
    await waitUntil('a save with done positions', () => saves.at(-1)?.done.length === 4);
    expect(saves.at(-1)).toEqual({ cursor: 0, done: positions.slice(1) });
    // One save when the group was created, then far fewer than one per ack.
    expect(saves.length).toBeLessThan(5);

    release();
    await subscription.close();
    expect(saves.at(-1)).toEqual({ cursor: positions[4], done: [] });
    expect(await log.loadGroup('g', 't')).toEqual({ cursor: positions[4], done: [] });
  });

  it('does not redeliver positions a saved state marks done', async () => {
    const log = createMemoryMessageLog();
    const positions = await log.append([1, 2, 3].map((n) => ({ topic: 't', key: `k${n}`, message: event(n) })));
    await log.saveGroup('g', 't', { cursor: 0, done: [positions[1]!] });
    const transport = transportOver(log);
    const seen: number[] = [];
    await transport.subscribe('t', async (message) => void seen.push(numberOf(message.data)), { group: 'g' });
    await waitUntil('the open messages', () => seen.length === 2);
    expect(seen).toEqual([1, 3]);
    await waitUntil('the cursor past all three', async () => (await log.loadGroup('g', 't'))?.cursor === positions[2]);
  });

  it('never loses a message whose parking fails: it parks it once the log recovers', async () => {
    const log = createMemoryMessageLog();
    let parkFailures = 1;
    const flaky: MessageLog = {
      ...log,
      park: async (letter) => {
        if (parkFailures-- > 0) throw new Error('disk full');
        return log.park(letter);
      },
    };
    const errors: string[] = [];
    const transport = transportOver(flaky, { onError: (_error, context) => errors.push(context) });
    const seen: Delivery[] = [];
    await transport.subscribe(
      't',
      async (_message, delivery) => {
        seen.push(delivery);
        throw new Error('always');
      },
      { group: 'g', maxAttempts: 1, ...fast },
    );
    await transport.publish([{ topic: 't', message: event(1) }]);
    await waitUntil('the dead letter', async () => (await log.listDeadLetters()).length === 1);
    expect(errors.some((context) => context.includes('parking'))).toBe(true);
    expect(seen.map((d) => d.attempt)).toEqual([1, 1]);
  });

  it('removes acked records of a queue', async () => {
    const log = createMemoryMessageLog();
    const transport = transportOver(log);
    await transport.declare('jobs', { kind: 'queue' });
    await transport.publish([1, 2, 3].map((n) => ({ topic: 'jobs', message: event(n) })));
    const seen: Delivery[] = [];
    await transport.subscribe('jobs', async (_message, delivery) => void seen.push(delivery), { group: 'ignored' });
    await waitUntil('all jobs', () => seen.length === 3);
    expect(seen.every((d) => d.group === 'jobs')).toBe(true);
    await waitUntil('the queue to be empty', async () => (await log.read('jobs', 0, 10)).length === 0);
  });

  it('trims by age on the safety poll', async () => {
    let now = new Date(0);
    const log = createMemoryMessageLog({ now: () => now });
    const transport = transportOver(log, { fallbackPollMs: 10, now: () => now });
    await transport.declare('t', { kind: 'stream', retention: { maxAgeMs: 1000 } });
    await transport.publish([{ topic: 't', message: event(1) }]);
    // Let the trim that follows the append run while the record is young; only the poll can trim it later.
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(await log.read('t', 0, 10)).toHaveLength(1);
    now = new Date(5000);
    await waitUntil('the old record to be trimmed', async () => (await log.read('t', 0, 10)).length === 0);
  });

  it('shares a subscriber’s concurrency across its topics', async () => {
    const transport = transportOver(createMemoryMessageLog());
    let running = 0;
    let maxRunning = 0;
    let handled = 0;
    await transport.subscribe(
      ['a', 'b'],
      async () => {
        maxRunning = Math.max(maxRunning, ++running);
        await new Promise((resolve) => setTimeout(resolve, 2));
        running--;
        handled++;
      },
      { group: 'g', concurrency: 2 },
    );
    await transport.publish([1, 2, 3, 4, 5, 6].flatMap((n) => [{ topic: 'a', message: event(n) }, { topic: 'b', message: event(n) }]));
    await waitUntil('all messages', () => handled === 12);
    expect(maxRunning).toBe(2);
  });

  it('validates every message before appending any', async () => {
    const log = createMemoryMessageLog();
    const registry = new MessageRegistry().register({ type: 'test.Numbered', schema: z.object({ n: z.number().max(10) }) });
    const transport = transportOver(log, { registry });
    await expect(
      transport.publish([
        { topic: 't', message: event(1) },
        { topic: 't', message: event(99) },
      ]),
    ).rejects.toBeInstanceOf(MessageValidationError);
    expect(await log.lastPosition('t')).toBe(0);
  });

  it('refuses work after close', async () => {
    const transport = transportOver(createMemoryMessageLog());
    await transport.close();
    await expect(transport.publish([{ topic: 't', message: event(1) }])).rejects.toThrow('closed');
    await expect(transport.subscribe('t', async () => undefined, { group: 'g' })).rejects.toThrow('closed');
  });

  it('reports reads that keep failing once per interval, and a failure after a recovery at once', async () => {
    const log = createMemoryMessageLog();
    let down = false;
    const read = log.read.bind(log);
    log.read = (...args) => (down ? Promise.reject(new Error('the database is unreachable')) : read(...args));
    let clock = 0;
    const reports: string[] = [];
    const transport = transportOver(log, {
      fallbackPollMs: 5,
      now: () => new Date(clock),
      onError: (_error, context) => void reports.push(context),
    });
    const seen: number[] = [];
    await transport.subscribe('t', async (message) => void seen.push(numberOf(message.data)), { group: 'g' });

    down = true;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reports, 'many wake-ups, one report').toEqual(['consumer g on t']);
    clock += READ_FAILURE_REPORT_INTERVAL_MS;
    await waitUntil('the next report', () => reports.length === 2, 1_000);
    expect(reports[1]).toMatch(/^consumer g on t \(and \d+ more failures since the last report\)$/);

    down = false;
    await transport.publish([{ topic: 't', message: event(1) }]);
    await waitUntil('the message after the outage', () => seen.length === 1, 1_000);
    down = true;
    await waitUntil('a failure after the recovery, reported at once', () => reports.length === 3, 1_000);
  });
});
