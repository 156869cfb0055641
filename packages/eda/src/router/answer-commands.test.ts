import { afterEach, describe, expect, it, vi } from 'vitest';
import { RuleViolationError } from '../errors.js';
import { createCommand, type Message, type ReplyData } from '../message.js';
import { createMemoryBackend } from '../memory/index.js';
import { answerCommand, answerCommands } from './answer-commands.js';
import { inbox } from './middleware/inbox.js';
import { createRouter, type Router } from './router.js';

const backend = createMemoryBackend();
let router: Router | undefined;
afterEach(async () => {
  await router?.stop();
  router = undefined;
});

const repliesOn = async (topic: string): Promise<Message<ReplyData>[]> =>
  (await backend.log.read(topic, 0, 100)).map((record) => record.message as Message<ReplyData>);

describe('answerCommand', () => {
  it('answers a success with the result, echoing reply.* metadata, in the transaction of the effects', async () => {
    router = createRouter({ transport: backend.transport, storage: backend.storage }).addHandler({
      name: 'depot',
      topics: 'cmd.depot',
      middleware: [inbox(backend.storage)],
      handler: answerCommand(async (command, ctx) => {
        await ctx.unit.events.append(`list-${command.id}`, [{ type: 'depot.ShoppingListCreated', data: {} }]);
        return { shoppingListId: `list-${command.id}` };
      }),
    });
    await router.start();
    const command = createCommand('depot.CreateShoppingList', { orderId: 'o-1' }, { replyTo: 'cmd.replies.1', 'reply.sagaId': 's-1' });
    await backend.transport.publish([{ topic: 'cmd.depot', message: command, key: 's-1' }]);

    await vi.waitFor(async () => expect(await repliesOn('cmd.replies.1')).toHaveLength(1));
    const [reply] = await repliesOn('cmd.replies.1');
    expect(reply?.type).toBe('depot.CreateShoppingList.Succeeded');
    expect(reply?.data).toMatchObject({ outcome: 'success', commandId: command.id, result: { shoppingListId: `list-${command.id}` } });
    expect(reply?.metadata).toMatchObject({ 'reply.sagaId': 's-1', causationId: command.id, correlationId: command.metadata.correlationId, kind: 'reply' });
    const [record] = await backend.log.read('cmd.replies.1', 0, 1);
    expect(record?.key).toBe('s-1');
    expect(await backend.storage.events.readStream(`list-${command.id}`)).toHaveLength(1);
  });

  it('answers a rule violation with a failure reply and acks the command', async () => {
    let calls = 0;
    router = createRouter({ transport: backend.transport }).addHandler({
      name: 'payments',
      topics: 'cmd.payments',
      handler: answerCommand(async () => {
        calls++;
        throw new RuleViolationError('the authorization does not cover the order total');
      }),
    });
    await router.start();
    const command = createCommand('payments.ConfirmPayment', {}, { replyTo: 'cmd.replies.2' });
    await backend.transport.publish([{ topic: 'cmd.payments', message: command }]);

    await vi.waitFor(async () => expect(await repliesOn('cmd.replies.2')).toHaveLength(1));
    const [reply] = await repliesOn('cmd.replies.2');
    expect(reply?.type).toBe('payments.ConfirmPayment.Failed');
    expect(reply?.data).toMatchObject({ outcome: 'failure', reason: 'the authorization does not cover the order total' });
    expect(calls).toBe(1);
  });

  it('nacks an unexpected error so the command is retried, and answers once it succeeds', async () => {
    const attempts: number[] = [];
    router = createRouter({ transport: backend.transport }).addHandler({
      name: 'customers',
      topics: 'cmd.customers',
      backoff: { initialMs: 1, maxMs: 5 },
      handler: answerCommand(async (_command, ctx) => {
        attempts.push(ctx.delivery.attempt);
        if (ctx.delivery.attempt === 1) throw new Error('database unavailable');
        return 'ok';
      }),
    });
    await router.start();
    await backend.transport.publish([
      { topic: 'cmd.customers', message: createCommand('customers.AuthorizeCustomer', {}, { replyTo: 'cmd.replies.3' }) },
    ]);
    await vi.waitFor(async () => expect(await repliesOn('cmd.replies.3')).toHaveLength(1));
    expect(attempts).toEqual([1, 2]);
    expect((await repliesOn('cmd.replies.3'))[0]?.data.outcome).toBe('success');
  });

  it('treats what isFailure declares as a failure reply', async () => {
    class OutOfStock extends Error {}
    router = createRouter({ transport: backend.transport }).addHandler({
      name: 'stores',
      topics: 'cmd.stores',
      handler: answerCommand(
        async () => {
          throw new OutOfStock('no more apples');
        },
        { isFailure: (error) => error instanceof OutOfStock },
      ),
    });
    await router.start();
    await backend.transport.publish([{ topic: 'cmd.stores', message: createCommand('stores.Reserve', {}, { replyTo: 'cmd.replies.4' }) }]);
    await vi.waitFor(async () => expect(await repliesOn('cmd.replies.4')).toHaveLength(1));
    expect((await repliesOn('cmd.replies.4'))[0]?.data).toMatchObject({ outcome: 'failure', reason: 'no more apples' });
  });
});

describe('answerCommands', () => {
  it('dispatches on the type and answers an unknown type with a failure', async () => {
    router = createRouter({ transport: backend.transport }).addHandler({
      name: 'ordering',
      topics: 'cmd.ordering',
      handler: answerCommands({
        'ordering.ApproveOrder': async () => ({ approved: true }),
        'ordering.RejectOrder': async () => ({ rejected: true }),
      }),
    });
    await router.start();
    await backend.transport.publish([
      { topic: 'cmd.ordering', message: createCommand('ordering.RejectOrder', {}, { replyTo: 'cmd.replies.5' }) },
      { topic: 'cmd.ordering', message: createCommand('ordering.Teleport', {}, { replyTo: 'cmd.replies.5' }) },
    ]);
    await vi.waitFor(async () => expect(await repliesOn('cmd.replies.5')).toHaveLength(2));
    const replies = await repliesOn('cmd.replies.5');
    expect(replies.map((r) => [r.type, r.data.outcome])).toEqual(
      expect.arrayContaining([
        ['ordering.RejectOrder.Succeeded', 'success'],
        ['ordering.Teleport.Failed', 'failure'],
      ]),
    );
    expect(replies.find((r) => r.data.outcome === 'failure')?.data.reason).toBe('unknown command "ordering.Teleport"');
  });

  it('parks an unknown command without replyTo at once: retrying cannot help', async () => {
    const attempts: number[] = [];
    router = createRouter({ transport: backend.transport }).addHandler({
      name: 'ordering-unanswered',
      topics: 'cmd.ordering.unanswered',
      maxAttempts: 5,
      backoff: { initialMs: 1, maxMs: 5 },
      middleware: [
        (next) => async (ctx) => {
          attempts.push(ctx.delivery.attempt);
          await next(ctx);
        },
      ],
      handler: answerCommands({ 'ordering.ApproveOrder': async () => ({ approved: true }) }),
    });
    await router.start();
    await backend.transport.publish([{ topic: 'cmd.ordering.unanswered', message: createCommand('ordering.Teleport', {}) }]);
    await vi.waitFor(async () => expect(await backend.transport.deadLetters.list({ group: 'ordering-unanswered' })).toHaveLength(1));
    const [letter] = await backend.transport.deadLetters.list({ group: 'ordering-unanswered' });
    expect(letter?.attempts).toBe(1);
    expect(letter?.error).toContain('unknown command "ordering.Teleport"');
    expect(attempts).toEqual([1]);
  });
});
