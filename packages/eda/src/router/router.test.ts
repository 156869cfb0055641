import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEvent, type Message } from '../message.js';
import { createMemoryBackend } from '../memory/index.js';
import type { Transport } from '../transport.js';
import { createRouter, type Router } from './router.js';
import type { Middleware } from './types.js';

const backend = createMemoryBackend();
let router: Router | undefined;
afterEach(async () => {
  await router?.stop();
  router = undefined;
});

const publish = (topic: string, message: Message) => backend.transport.publish([{ topic, message }]);

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('router', () => {
  it('hands messages to handlers and sends what they emit with correlation and causation', async () => {
    const seen: Message[] = [];
    router = createRouter({ transport: backend.transport, storage: backend.storage })
      .addHandler({
        name: 'forward',
        topics: 'router.in',
        handler: async (ctx) => {
          await ctx.send({ topic: 'router.out', type: 'test.Forwarded', data: { from: ctx.message.id } });
        },
      })
      .addHandler({ name: 'collect', topics: 'router.out', handler: async (ctx) => void seen.push(ctx.message) });
    await router.start();

    const incoming = createEvent('test.Happened', { n: 1 });
    await publish('router.in', incoming);

    await vi.waitFor(() => expect(seen).toHaveLength(1));
    const [sent] = seen;
    expect(sent?.data).toEqual({ from: incoming.id });
    expect(sent?.metadata.correlationId).toBe(incoming.metadata.correlationId);
    expect(sent?.metadata.causationId).toBe(incoming.id);
    expect(sent?.metadata.traceparent?.split('-')[1]).toBe(incoming.metadata.traceparent?.split('-')[1]);
  });

  it('runs router middleware outside handler middleware, the first added outermost', async () => {
    const order: string[] = [];
    const mark =
      (name: string): Middleware =>
      (next) =>
      async (ctx) => {
        order.push(`${name}>`);
        await next(ctx);
        order.push(`<${name}`);
      };
    router = createRouter({ transport: backend.transport })
      .use(mark('a'), mark('b'))
      .addHandler({
        name: 'ordered',
        topics: 'router.order',
        middleware: [mark('c'), mark('d')],
        handler: async () => void order.push('handler'),
      })
      .use(mark('late'));
    await router.start();
    await publish('router.order', createEvent('test.Ordered', {}));
    await vi.waitFor(() => expect(order).toContain('<a'));
    expect(order).toEqual(['a>', 'b>', 'late>', 'c>', 'd>', 'handler', '<d', '<c', '<late', '<b', '<a']);
  });

  it('stops gracefully: waits for the in-flight handler and takes no new message', async () => {
    const entered = deferred();
    const release = deferred();
    const handled: string[] = [];
    router = createRouter({ transport: backend.transport }).addHandler({
      name: 'slow',
      topics: 'router.slow',
      handler: async (ctx) => {
        entered.resolve();
        await release.promise;
        handled.push(ctx.message.id);
      },
    });
    await router.start();
    const first = createEvent('test.Slow', { n: 1 });
    await publish('router.slow', first);
    await entered.promise;

    let stopped = false;
    const stopping = router.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(stopped).toBe(false);
    await publish('router.slow', createEvent('test.Slow', { n: 2 }));
    release.resolve();
    await stopping;
    expect(handled).toEqual([first.id]);
  });

  it('stopped while start is still subscribing, leaves no subscription open', async () => {
    const gate = deferred();
    let subscribing = 0;
    const transport: Transport = {
      ...backend.transport,
      subscribe: async (...args) => {
        subscribing++;
        await gate.promise;
        return backend.transport.subscribe(...args);
      },
    };
    const handled: string[] = [];
    router = createRouter({ transport })
      .addHandler({ name: 'early-a', topics: 'router.early.a', handler: async (ctx) => void handled.push(ctx.message.id) })
      .addHandler({ name: 'early-b', topics: 'router.early.b', handler: async (ctx) => void handled.push(ctx.message.id) });
    const starting = router.start();
    await vi.waitFor(() => expect(subscribing).toBe(1));
    const stopping = router.stop();
    gate.resolve();
    await Promise.all([starting, stopping]);

    expect(subscribing).toBe(1);
    await publish('router.early.a', createEvent('test.Early', {}));
    await publish('router.early.b', createEvent('test.Early', {}));
    await new Promise((r) => setTimeout(r, 50));
    expect(handled).toEqual([]);
  });

  it('aborts ctx.signal when stopping, so handlers may give up early', async () => {
    const entered = deferred();
    let abortedWith: unknown;
    router = createRouter({ transport: backend.transport }).addHandler({
      name: 'watcher',
      topics: 'router.watch',
      handler: async (ctx) => {
        entered.resolve();
        await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve()));
        abortedWith = ctx.signal.reason;
      },
    });
    await router.start();
    await publish('router.watch', createEvent('test.Watched', {}));
    await entered.promise;
    await router.stop();
    expect(abortedWith).toBeInstanceOf(Error);
  });

  it('nacks a failing handler: the transport redelivers, then parks it as a dead letter', async () => {
    const attempts: number[] = [];
    router = createRouter({ transport: backend.transport }).addHandler({
      name: 'failing',
      topics: 'router.fail',
      maxAttempts: 3,
      backoff: { initialMs: 1, maxMs: 5 },
      handler: async (ctx) => {
        attempts.push(ctx.delivery.attempt);
        throw new Error('boom');
      },
    });
    await router.start();
    const message = createEvent('test.Failing', {});
    await publish('router.fail', message);
    await vi.waitFor(async () => expect(await backend.transport.deadLetters.list({ group: 'failing' })).toHaveLength(1));
    expect(attempts).toEqual([1, 2, 3]);
    const [letter] = await backend.transport.deadLetters.list({ group: 'failing' });
    expect(letter?.message.id).toBe(message.id);
    expect(letter?.error).toContain('boom');
  });

  it('refuses changes after start and duplicate handler names', async () => {
    router = createRouter({ transport: backend.transport }).addHandler({ name: 'one', topics: 'router.x', handler: async () => {} });
    expect(() => router?.addHandler({ name: 'one', topics: 'router.y', handler: async () => {} })).toThrow(/twice/);
    await router.start();
    expect(() => router?.addHandler({ name: 'two', topics: 'router.y', handler: async () => {} })).toThrow(/before start/);
    expect(() => router?.use((next) => next)).toThrow(/before start/);
  });

  it('without a storage, send publishes at once and ctx.unit explains what is missing', async () => {
    const seen: Message[] = [];
    let unitError: unknown;
    router = createRouter({ transport: backend.transport })
      .addHandler({
        name: 'no-storage',
        topics: 'router.bare',
        handler: async (ctx) => {
          try {
            void ctx.unit;
          } catch (error) {
            unitError = error;
          }
          await ctx.send({ topic: 'router.bare.out', type: 'test.Out', data: {} });
        },
      })
      .addHandler({ name: 'bare-out', topics: 'router.bare.out', handler: async (ctx) => void seen.push(ctx.message) });
    await router.start();
    await publish('router.bare', createEvent('test.Bare', {}));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(String(unitError)).toMatch(/no storage unit/);
  });
});
