import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEvent } from '../../message.js';
import { createMemoryBackend } from '../../memory/index.js';
import { createRouter, type Router } from '../router.js';
import type { Middleware } from '../types.js';
import { inbox } from './inbox.js';

const backend = createMemoryBackend();
let router: Router | undefined;
afterEach(async () => {
  await router?.stop();
  router = undefined;
});

const countDeliveries = (counter: { deliveries: number }): Middleware => (next) => async (ctx) => {
  counter.deliveries++;
  await next(ctx);
};

describe('inbox middleware', () => {
  it('skips a redelivered message id: the effects and the sent messages happen once', async () => {
    const counter = { deliveries: 0 };
    let handled = 0;
    router = createRouter({ transport: backend.transport, storage: backend.storage }).addHandler({
      name: 'once',
      topics: 'inbox.in',
      middleware: [countDeliveries(counter), inbox(backend.storage)],
      handler: async (ctx) => {
        handled++;
        await ctx.unit.events.append('inbox-once', [{ type: 'test.Effect', data: { of: ctx.message.id } }]);
        await ctx.send({ topic: 'inbox.out', type: 'test.Sent', data: {} });
      },
    });
    await router.start();
    const message = createEvent('test.Once', {});
    await backend.transport.publish([{ topic: 'inbox.in', message }]);
    await backend.transport.publish([{ topic: 'inbox.in', message }]);

    await vi.waitFor(() => expect(counter.deliveries).toBe(2));
    expect(handled).toBe(1);
    expect(await backend.storage.events.readStream('inbox-once')).toHaveLength(1);
    expect(await backend.log.read('inbox.out', 0, 10)).toHaveLength(1);
    expect(await backend.storage.inbox.has('once', message.id)).toBe(true);
  });

  it('rolls back the effects, the sent messages and the inbox record when the handler fails', async () => {
    const attempts: number[] = [];
    router = createRouter({ transport: backend.transport, storage: backend.storage }).addHandler({
      name: 'flaky',
      topics: 'inbox.flaky',
      backoff: { initialMs: 1, maxMs: 5 },
      middleware: [inbox(backend.storage)],
      handler: async (ctx) => {
        attempts.push(ctx.delivery.attempt);
        await ctx.unit.events.append('inbox-flaky', [{ type: 'test.Effect', data: { attempt: ctx.delivery.attempt } }]);
        await ctx.send({ topic: 'inbox.flaky.out', type: 'test.Sent', data: { attempt: ctx.delivery.attempt } });
        if (ctx.delivery.attempt === 1) throw new Error('crash after the writes');
      },
    });
    await router.start();
    await backend.transport.publish([{ topic: 'inbox.flaky', message: createEvent('test.Flaky', {}) }]);

    await vi.waitFor(() => expect(attempts).toEqual([1, 2]));
    await vi.waitFor(async () => expect(await backend.log.read('inbox.flaky.out', 0, 10)).toHaveLength(1));
    const events = await backend.storage.events.readStream('inbox-flaky');
    expect(events.map((e) => e.data)).toEqual([{ attempt: 2 }]);
    const [sent] = await backend.log.read('inbox.flaky.out', 0, 10);
    expect(sent?.message.data).toEqual({ attempt: 2 });
  });

  it('keeps one inbox per consumer name', async () => {
    const message = createEvent('test.Shared', {});
    const handledBy: string[] = [];
    router = createRouter({ transport: backend.transport, storage: backend.storage })
      .addHandler({
        name: 'first',
        topics: 'inbox.shared',
        middleware: [inbox(backend.storage)],
        handler: async (ctx) => void handledBy.push(ctx.handler),
      })
      .addHandler({
        name: 'second',
        topics: 'inbox.shared',
        middleware: [inbox(backend.storage, 'explicit-consumer')],
        handler: async (ctx) => void handledBy.push(ctx.handler),
      });
    await router.start();
    await backend.transport.publish([{ topic: 'inbox.shared', message }]);
    await vi.waitFor(() => expect(handledBy.sort()).toEqual(['first', 'second']));
    expect(await backend.storage.inbox.has('first', message.id)).toBe(true);
    expect(await backend.storage.inbox.has('explicit-consumer', message.id)).toBe(true);
  });
});
