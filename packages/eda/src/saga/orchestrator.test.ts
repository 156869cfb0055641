import { afterEach, describe, expect, it, vi } from 'vitest';
import { RuleViolationError } from '../errors.js';
import { createEvent, createReply, REPLY_ECHO_PREFIX, type Message } from '../message.js';
import { createMemoryBackend } from '../memory/index.js';
import { answerCommand } from '../router/answer-commands.js';
import { createRouter } from '../router/router.js';
import type { Handler } from '../router/types.js';
import type { SagaStatus, Storage } from '../storage.js';
import { defineSaga } from './define-saga.js';
import type { SagaEnvelope } from './saga-instance.js';
import { createSagaOrchestrator, type SagaOrchestrator, type SagaOrchestratorOptions } from './orchestrator.js';

interface OrderData {
  orderId: string;
  customerId: string;
  shoppingListId?: string;
}

const REPLIES = 'test.cosec.replies.CreateOrder';
const command = (topic: string, type: string) => (data: OrderData) => ({ topic, type, data: { ...data } });

/** The create-order saga of the lifecycle spec, with test topics. */
const createOrderSaga = (timeouts: { shoppingList?: number; cancel?: number } = {}) =>
  defineSaga<OrderData>({
    name: 'create-order',
    replyTopic: REPLIES,
    steps: [
      { name: 'RejectOrder', compensation: command('test.ordering', 'ordering.RejectOrder') },
      { name: 'AuthorizeCustomer', action: command('test.customers', 'customers.AuthorizeCustomer') },
      {
        name: 'CreateShoppingList',
        action: command('test.depot', 'depot.CreateShoppingList'),
        compensation: command('test.depot', 'depot.CancelShoppingList'),
        onReply: (data, reply) => ({ ...data, shoppingListId: (reply.data.result as { id: string }).id }),
        timeoutMs: timeouts.shoppingList ?? timeouts.cancel,
      },
      { name: 'ConfirmPayment', action: command('test.payments', 'payments.ConfirmPayment') },
      { name: 'InitiateShopping', action: command('test.depot', 'depot.InitiateShopping') },
      { name: 'ApproveOrder', action: command('test.ordering', 'ordering.ApproveOrder') },
    ],
  });

/** How the fake participant treats a command type: answer ok (the default), refuse, or never answer. */
type Behaviour = 'ok' | 'fail' | 'silent';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A storage whose transactions the test can hold just before they commit, or make fail there. */
const controlledStorage = (storage: Storage) => {
  const control: { hold?: Promise<void>; onHold?: () => void; failCommits: boolean } = { failCommits: false };
  const wrapped: Storage = {
    ...storage,
    transaction: (work) =>
      storage.transaction(async (tx) => {
        const result = await work(tx);
        if (control.hold) {
          control.onHold?.();
          await control.hold;
        }
        if (control.failCommits) throw new Error('commit failed');
        return result;
      }),
  };
  return { wrapped, control };
};

const setup = async (
  behaviour: Record<string, Behaviour> = {},
  options: Partial<SagaOrchestratorOptions<OrderData>> = {},
  wrapStorage: (storage: Storage) => Storage = (storage) => storage,
) => {
  const backend = createMemoryBackend();
  cleanups.push(() => backend.close());
  const received: Message[] = [];
  const answer = answerCommand(async (message) => {
    if (behaviour[message.type] === 'fail') throw new RuleViolationError(`${message.type} refused`);
    return message.type === 'depot.CreateShoppingList' ? { id: `list-of-${(message.data as OrderData).orderId}` } : { done: true };
  });
  const participant: Handler = async (ctx) => {
    received.push(ctx.message);
    if (behaviour[ctx.message.type] !== 'silent') await answer(ctx);
  };
  const participants = createRouter({ transport: backend.transport, storage: backend.storage }).addHandler({
    name: 'participants',
    topics: ['test.ordering', 'test.customers', 'test.depot', 'test.payments'],
    handler: participant,
  });
  await participants.start();
  cleanups.push(() => participants.stop());
  const orchestrator = await createSagaOrchestrator({
    storage: wrapStorage(backend.storage),
    transport: backend.transport,
    saga: options.saga ?? createOrderSaga(),
    ...options,
  });
  cleanups.push(() => orchestrator.stop());
  const types = () => received.map((message) => message.type);
  return { backend, orchestrator, received, types };
};

const until = async (orchestrator: SagaOrchestrator<OrderData>, id: string, status: SagaStatus) =>
  vi.waitFor(async () => expect((await orchestrator.get(id))?.status).toBe(status), { timeout: 3000, interval: 5 });

const order = (orderId: string): OrderData => ({ orderId, customerId: 'c-1' });

describe('saga orchestrator', () => {
  it('runs every step on success replies, merging reply data, and completes', async () => {
    const { orchestrator, received, types } = await setup();
    const cause = createEvent('ordering.OrderCreated', { orderId: 'o-1' });
    await orchestrator.start('o-1', order('o-1'), { cause });
    await until(orchestrator, 'o-1', 'completed');

    expect(types()).toEqual([
      'customers.AuthorizeCustomer',
      'depot.CreateShoppingList',
      'payments.ConfirmPayment',
      'depot.InitiateShopping',
      'ordering.ApproveOrder',
    ]);
    const saga = await orchestrator.get('o-1');
    expect(saga).toMatchObject({ status: 'completed', reason: null, deadline: null, data: { shoppingListId: 'list-of-o-1' } });
    expect(received.at(-1)?.data).toMatchObject({ shoppingListId: 'list-of-o-1' });
    for (const message of received) expect(message.metadata.correlationId).toBe(cause.metadata.correlationId);
    expect(received[0]?.metadata.causationId).toBe(cause.id);
  });

  it('compensates the completed steps in reverse order when step 3 fails', async () => {
    const { orchestrator, types } = await setup({ 'payments.ConfirmPayment': 'fail' });
    await orchestrator.start('o-2', order('o-2'));
    await until(orchestrator, 'o-2', 'compensated');

    expect(types()).toEqual([
      'customers.AuthorizeCustomer',
      'depot.CreateShoppingList',
      'payments.ConfirmPayment',
      'depot.CancelShoppingList',
      'ordering.RejectOrder',
    ]);
    const saga = await orchestrator.get('o-2');
    expect(saga?.reason).toBe('step "ConfirmPayment" failed: payments.ConfirmPayment refused');
    expect(saga?.step).toBe(-1);
  });

  it('rejects the order alone when step 1 fails', async () => {
    const { orchestrator, types } = await setup({ 'customers.AuthorizeCustomer': 'fail' });
    await orchestrator.start('o-3', order('o-3'));
    await until(orchestrator, 'o-3', 'compensated');
    expect(types()).toEqual(['customers.AuthorizeCustomer', 'ordering.RejectOrder']);
  });

  it('parks the saga as stuck when a compensation fails, and sends nothing more', async () => {
    const { orchestrator, types } = await setup({ 'payments.ConfirmPayment': 'fail', 'depot.CancelShoppingList': 'fail' });
    await orchestrator.start('o-4', order('o-4'));
    await until(orchestrator, 'o-4', 'stuck');

    const saga = await orchestrator.get('o-4');
    expect(saga?.reason).toBe(
      'compensation of step "CreateShoppingList" failed: depot.CancelShoppingList refused ' +
        '(compensating because step "ConfirmPayment" failed: payments.ConfirmPayment refused)',
    );
    expect(saga?.deadline).toBeNull();
    expect((await orchestrator.list({ status: 'stuck' })).map((s) => s.id)).toEqual(['o-4']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(types().at(-1)).toBe('depot.CancelShoppingList');
    expect(types()).not.toContain('ordering.RejectOrder');
  });

  it('compensates a step that timed out, including the step itself, on the armed timer', async () => {
    const { orchestrator, types } = await setup(
      { 'depot.CreateShoppingList': 'silent' },
      { saga: createOrderSaga({ shoppingList: 40 }) },
    );
    await orchestrator.start('o-5', order('o-5'));
    await until(orchestrator, 'o-5', 'compensated');
    expect(types()).toEqual([
      'customers.AuthorizeCustomer',
      'depot.CreateShoppingList',
      'depot.CancelShoppingList',
      'ordering.RejectOrder',
    ]);
    expect((await orchestrator.get('o-5'))?.reason).toMatch(/^step "CreateShoppingList" timed out: no reply by /);
  });

  it('parks the saga as stuck when a compensation times out', async () => {
    const { orchestrator, types } = await setup(
      { 'payments.ConfirmPayment': 'fail', 'depot.CancelShoppingList': 'silent' },
      { saga: createOrderSaga({ cancel: 40 }) },
    );
    await orchestrator.start('o-6', order('o-6'));
    await until(orchestrator, 'o-6', 'stuck');
    expect((await orchestrator.get('o-6'))?.reason).toMatch(/^compensation of step "CreateShoppingList" timed out: no reply by /);
    expect(types()).not.toContain('ordering.RejectOrder');
  });
});

/** Every participant silent: the test answers the commands itself. */
const manual = async (
  options: Partial<SagaOrchestratorOptions<OrderData>> = {},
  wrapStorage?: (storage: Storage) => Storage,
) => {
  const silent = Object.fromEntries(
    ['customers.AuthorizeCustomer', 'depot.CreateShoppingList', 'payments.ConfirmPayment', 'depot.InitiateShopping', 'ordering.ApproveOrder', 'depot.CancelShoppingList', 'ordering.RejectOrder'].map(
      (type) => [type, 'silent' as const],
    ),
  );
  const context = await setup(silent, options, wrapStorage);
  const { backend, received } = context;
  const sendReply = (reply: Message) => backend.transport.publish([{ topic: REPLIES, message: reply }]);
  const waitForCommands = (count: number) => vi.waitFor(() => expect(received).toHaveLength(count), { timeout: 3000, interval: 5 });
  const record = (id: string) => backend.storage.sagas.load<SagaEnvelope<OrderData>>('create-order', id);
  return { ...context, sendReply, waitForCommands, record };
};

describe('saga orchestrator, replying by hand', () => {
  it('persists the state after each step', async () => {
    const { orchestrator, received, sendReply, waitForCommands, record } = await manual();
    await orchestrator.start('o-7', order('o-7'));
    await waitForCommands(1);
    expect(await record('o-7')).toMatchObject({ status: 'running', step: 1, revision: 1, reason: null });
    expect((await record('o-7'))?.deadline).toBeInstanceOf(Date);

    await sendReply(createReply(received[0] as Message, { outcome: 'success' }));
    await waitForCommands(2);
    expect(await record('o-7')).toMatchObject({ status: 'running', step: 2, revision: 2 });

    await sendReply(createReply(received[1] as Message, { outcome: 'success', result: { id: 'list-7' } }));
    await waitForCommands(3);
    const saved = await record('o-7');
    expect(saved).toMatchObject({ status: 'running', step: 3, revision: 3 });
    expect(saved?.data.data.shoppingListId).toBe('list-7');
    expect(saved?.data.lastCommandId).toBe(received[2]?.id);

    await sendReply(createReply(received[2] as Message, { outcome: 'failure', reason: 'too small' }));
    await waitForCommands(4);
    expect(await record('o-7')).toMatchObject({ status: 'compensating', step: 2, revision: 4, reason: 'step "ConfirmPayment" failed: too small' });
  });

  it('ignores a duplicate reply and a second reply to the same command', async () => {
    const { orchestrator, received, sendReply, waitForCommands, record } = await manual();
    await orchestrator.start('o-8', order('o-8'));
    await waitForCommands(1);
    const reply = createReply(received[0] as Message, { outcome: 'success' });
    await sendReply(reply);
    await sendReply(reply);
    await sendReply(createReply(received[0] as Message, { outcome: 'failure', reason: 'changed my mind' }));
    await waitForCommands(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received.map((m) => m.type)).toEqual(['customers.AuthorizeCustomer', 'depot.CreateShoppingList']);
    expect(await record('o-8')).toMatchObject({ status: 'running', step: 2, revision: 2 });
  });

  it('ignores a reply that comes after its step timed out, and resumes overdue sagas when it starts', async () => {
    let now = new Date('2030-01-01T00:00:00Z');
    const clock = () => now;
    const { backend, orchestrator, received, sendReply, waitForCommands, record } = await manual({ now: clock, defaultTimeoutMs: 60_000 });
    await orchestrator.start('o-9', order('o-9'));
    await waitForCommands(1);
    expect((await record('o-9'))?.deadline).toEqual(new Date('2030-01-01T00:01:00Z'));
    await orchestrator.stop();

    // A restarted orchestrator finds the overdue saga at start.
    now = new Date('2030-01-01T00:02:00Z');
    const restarted = await createSagaOrchestrator({ storage: backend.storage, transport: backend.transport, saga: createOrderSaga(), now: clock });
    cleanups.push(() => restarted.stop());
    await waitForCommands(2);
    expect(received[1]?.type).toBe('ordering.RejectOrder');
    expect(received[1]?.metadata.causationId).toBe(received[0]?.id);
    expect(received[1]?.metadata.correlationId).toBe(received[0]?.metadata.correlationId);
    expect(await record('o-9')).toMatchObject({ status: 'compensating', step: 0, reason: 'step "AuthorizeCustomer" timed out: no reply by 2030-01-01T00:01:00.000Z' });

    await sendReply(createReply(received[0] as Message, { outcome: 'success' }));
    await sendReply(createReply(received[1] as Message, { outcome: 'success' }));
    await until(restarted, 'o-9', 'compensated');
    expect(received).toHaveLength(2);
  });

  it('starts idempotently, and only when the caller transaction commits', async () => {
    const { backend, orchestrator, received, waitForCommands, record } = await manual();
    await expect(
      backend.storage.transaction(async (tx) => {
        await orchestrator.start('o-10', order('o-10'), { unit: tx });
        throw new Error('the caller fails');
      }),
    ).rejects.toThrow('the caller fails');
    expect(await record('o-10')).toBeUndefined();

    await backend.storage.transaction((tx) => orchestrator.start('o-10', order('o-10'), { unit: tx }));
    const again = await orchestrator.start('o-10', { orderId: 'other', customerId: 'c-2' });
    expect(again.data.orderId).toBe('o-10');
    await waitForCommands(1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(received).toHaveLength(1);
  });

  it('stops only once a timeout sweep in progress has committed its transaction', async () => {
    let now = new Date('2030-01-01T00:00:00Z');
    let storage!: ReturnType<typeof controlledStorage>;
    const { orchestrator, waitForCommands, record } = await manual({ now: () => now, defaultTimeoutMs: 60_000 }, (inner) => {
      storage = controlledStorage(inner);
      return storage.wrapped;
    });
    await orchestrator.start('o-11', order('o-11'));
    await waitForCommands(1);

    now = new Date('2030-01-01T00:02:00Z');
    let release!: () => void;
    storage.control.hold = new Promise<void>((resolve) => (release = resolve));
    cleanups.push(async () => release());
    const held = new Promise<void>((resolve) => (storage.control.onHold = resolve));
    const sweeping = orchestrator.checkTimeouts();
    await held;
    let stopped = false;
    const stopping = orchestrator.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(stopped).toBe(false);

    release();
    await stopping;
    expect(await record('o-11')).toMatchObject({ status: 'compensating', step: 0 });
    await sweeping;
  });

  it('keeps a deadline armed when the transaction of a reply that would clear it rolls back', async () => {
    const oneStep = defineSaga<OrderData>({
      name: 'create-order',
      replyTopic: REPLIES,
      steps: [{ name: 'ApproveOrder', action: command('test.ordering', 'ordering.ApproveOrder'), timeoutMs: 200 }],
    });
    let storage!: ReturnType<typeof controlledStorage>;
    const { backend, orchestrator, received, sendReply, waitForCommands } = await manual({ saga: oneStep, maxAttempts: 1 }, (inner) => {
      storage = controlledStorage(inner);
      return storage.wrapped;
    });
    await orchestrator.start('o-12', order('o-12'));
    await waitForCommands(1);

    storage.control.failCommits = true;
    await sendReply(createReply(received[0] as Message, { outcome: 'success' }));
    await vi.waitFor(async () => expect(await backend.transport.deadLetters.list({ group: 'saga:create-order' })).toHaveLength(1));
    storage.control.failCommits = false;

    // The completion never committed: the step is still running and must still time out.
    await until(orchestrator, 'o-12', 'compensated');
    expect((await orchestrator.get('o-12'))?.reason).toMatch(/^step "ApproveOrder" timed out/);
  });

  it('parks a message on the reply topic that is not a saga reply at once', async () => {
    const { backend } = await manual({ maxAttempts: 5, backoff: { initialMs: 1, maxMs: 5 } });
    await backend.transport.publish([{ topic: REPLIES, message: createEvent('test.Stray', {}) }]);
    await vi.waitFor(async () => expect(await backend.transport.deadLetters.list({ group: 'saga:create-order' })).toHaveLength(1));
    const [letter] = await backend.transport.deadLetters.list({ group: 'saga:create-order' });
    expect(letter?.attempts).toBe(1);
    expect(letter?.error).toContain('is not a saga reply');
  });
});

describe('resuming a stuck saga', () => {
  const CONFIRM_REFUSED = 'step "ConfirmPayment" failed: payments.ConfirmPayment refused';
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const revisionOf = (command: Message | undefined) => command?.metadata[`${REPLY_ECHO_PREFIX}revision`];
  const get = async (orchestrator: SagaOrchestrator<OrderData>, id: string) => {
    const saga = await orchestrator.get(id);
    if (!saga) throw new Error(`no saga ${id}`);
    return saga;
  };

  /** By hand: the payment is refused ("too small"), then so is the shopping list's cancellation ("locked"). */
  const stuckByHand = async (id: string) => {
    const context = await manual();
    const { orchestrator, received, sendReply, waitForCommands } = context;
    await orchestrator.start(id, order(id));
    await waitForCommands(1);
    await sendReply(createReply(received[0] as Message, { outcome: 'success' }));
    await waitForCommands(2);
    await sendReply(createReply(received[1] as Message, { outcome: 'success', result: { id: 'list-1' } }));
    await waitForCommands(3);
    await sendReply(createReply(received[2] as Message, { outcome: 'failure', reason: 'too small' }));
    await waitForCommands(4);
    await sendReply(createReply(received[3] as Message, { outcome: 'failure', reason: 'locked' }));
    await until(orchestrator, id, 'stuck');
    return context;
  };

  it('sends the stuck compensation again as a new command, then compensates backward to the end', async () => {
    const behaviour: Record<string, Behaviour> = { 'payments.ConfirmPayment': 'fail', 'depot.CancelShoppingList': 'fail' };
    const { orchestrator, received, types } = await setup(behaviour);
    const cause = createEvent('ordering.OrderCreated', { orderId: 'o-20' });
    await orchestrator.start('o-20', order('o-20'), { cause });
    await until(orchestrator, 'o-20', 'stuck');
    const stuck = await get(orchestrator, 'o-20');

    behaviour['depot.CancelShoppingList'] = 'ok';
    const resumed = await orchestrator.resume('o-20');
    expect(resumed).toMatchObject({ status: 'compensating', step: 2, stepName: 'CreateShoppingList', reason: CONFIRM_REFUSED, revision: stuck.revision + 1 });
    expect(resumed.deadline).toBeInstanceOf(Date);
    await until(orchestrator, 'o-20', 'compensated');
    await sleep(50);

    expect(types()).toEqual([
      'customers.AuthorizeCustomer',
      'depot.CreateShoppingList',
      'payments.ConfirmPayment',
      'depot.CancelShoppingList',
      'depot.CancelShoppingList',
      'ordering.RejectOrder',
    ]);
    const [refused, again] = received.filter((message) => message.type === 'depot.CancelShoppingList');
    expect(again?.id).not.toBe(refused?.id);
    expect(again?.data).toEqual(refused?.data);
    expect(revisionOf(again)).toBe(resumed.revision);
    expect(again?.metadata).toMatchObject({ correlationId: cause.metadata.correlationId, causationId: refused?.id });
    expect(await orchestrator.get('o-20')).toMatchObject({ status: 'compensated', step: -1, deadline: null, reason: CONFIRM_REFUSED });
  });

  it('refuses to resume a saga that is not stuck, and changes nothing', async () => {
    const behaviour: Record<string, Behaviour> = {};
    const { orchestrator, types } = await setup(behaviour);
    await orchestrator.start('done', order('done'));
    await until(orchestrator, 'done', 'completed');
    behaviour['payments.ConfirmPayment'] = 'fail';
    await orchestrator.start('undone', order('undone'));
    await until(orchestrator, 'undone', 'compensated');
    behaviour['payments.ConfirmPayment'] = 'silent';
    await orchestrator.start('waiting', order('waiting'));
    await vi.waitFor(async () => expect(await orchestrator.get('waiting')).toMatchObject({ status: 'running', step: 3 }), { timeout: 3000, interval: 5 });
    const sent = types().length;

    for (const [id, status] of [['done', 'completed'], ['undone', 'compensated'], ['waiting', 'running']] as const) {
      const before = await get(orchestrator, id);
      const resuming = orchestrator.resume(id);
      await expect(resuming).rejects.toThrow(`saga "create-order" ${id} is ${status}: only a stuck saga can be resumed`);
      await expect(resuming).rejects.toBeInstanceOf(RuleViolationError);
      expect(await orchestrator.get(id)).toEqual(before);
    }
    await expect(orchestrator.resume('nobody')).rejects.toThrow('saga "create-order" nobody is unknown: only a stuck saga can be resumed');
    expect(await orchestrator.get('nobody')).toBeUndefined();
    await sleep(30);
    expect(types()).toHaveLength(sent);
  });

  it('ignores a late reply to the compensation attempt that got stuck', async () => {
    const { orchestrator, received, sendReply, waitForCommands, record } = await stuckByHand('o-21');
    const resumed = await orchestrator.resume('o-21');
    await waitForCommands(5);
    expect(received[4]?.type).toBe('depot.CancelShoppingList');

    await sendReply(createReply(received[3] as Message, { outcome: 'failure', reason: 'late' }));
    await sleep(50);
    expect(await record('o-21')).toMatchObject({ status: 'compensating', step: 2, revision: resumed.revision, reason: 'step "ConfirmPayment" failed: too small' });

    await sendReply(createReply(received[4] as Message, { outcome: 'success' }));
    await waitForCommands(6);
    expect(received[5]?.type).toBe('ordering.RejectOrder');
    await sendReply(createReply(received[5] as Message, { outcome: 'success' }));
    await until(orchestrator, 'o-21', 'compensated');
    expect(await record('o-21')).toMatchObject({ reason: 'step "ConfirmPayment" failed: too small' });
  });

  it('is stuck again, with the new reason, when the compensation fails again; and can be resumed again', async () => {
    const { orchestrator, received, sendReply, waitForCommands } = await stuckByHand('o-22');
    await orchestrator.resume('o-22');
    await waitForCommands(5);
    await sendReply(createReply(received[4] as Message, { outcome: 'failure', reason: 'still locked' }));
    await until(orchestrator, 'o-22', 'stuck');
    expect(await orchestrator.get('o-22')).toMatchObject({
      step: 2,
      deadline: null,
      reason: 'compensation of step "CreateShoppingList" failed: still locked (compensating because step "ConfirmPayment" failed: too small)',
    });

    expect(await orchestrator.resume('o-22')).toMatchObject({ status: 'compensating', reason: 'step "ConfirmPayment" failed: too small' });
    await waitForCommands(6);
    expect(received.map((message) => message.type).slice(3)).toEqual(['depot.CancelShoppingList', 'depot.CancelShoppingList', 'depot.CancelShoppingList']);
  });

  it('resumes a saga stuck because its compensation timed out, with a new deadline', async () => {
    let now = new Date('2030-01-01T00:00:00Z');
    const behaviour: Record<string, Behaviour> = { 'payments.ConfirmPayment': 'fail', 'depot.CancelShoppingList': 'silent' };
    const { orchestrator, types } = await setup(behaviour, { now: () => now, defaultTimeoutMs: 60_000 });
    await orchestrator.start('o-23', order('o-23'));
    await vi.waitFor(() => expect(types().at(-1)).toBe('depot.CancelShoppingList'), { timeout: 3000, interval: 5 });
    now = new Date('2030-01-01T00:02:00Z');
    await orchestrator.checkTimeouts();
    expect((await orchestrator.get('o-23'))?.reason).toBe(
      `compensation of step "CreateShoppingList" timed out: no reply by 2030-01-01T00:01:00.000Z (compensating because ${CONFIRM_REFUSED})`,
    );

    behaviour['depot.CancelShoppingList'] = 'ok';
    now = new Date('2030-01-01T00:03:00Z');
    const resumed = await orchestrator.resume('o-23');
    expect(resumed).toMatchObject({ status: 'compensating', step: 2, deadline: new Date('2030-01-01T00:04:00Z'), reason: CONFIRM_REFUSED });
    await until(orchestrator, 'o-23', 'compensated');
    expect(types().slice(3)).toEqual(['depot.CancelShoppingList', 'depot.CancelShoppingList', 'ordering.RejectOrder']);
    expect((await orchestrator.get('o-23'))?.reason).toBe(CONFIRM_REFUSED);
  });

  it('times the resumed compensation out again, on the armed timer, when the participant stays silent', async () => {
    const behaviour: Record<string, Behaviour> = { 'payments.ConfirmPayment': 'fail', 'depot.CancelShoppingList': 'fail' };
    const { orchestrator, types } = await setup(behaviour, { saga: createOrderSaga({ cancel: 40 }) });
    await orchestrator.start('o-24', order('o-24'));
    await until(orchestrator, 'o-24', 'stuck');

    behaviour['depot.CancelShoppingList'] = 'silent';
    const resumed = await orchestrator.resume('o-24');
    await until(orchestrator, 'o-24', 'stuck');
    expect((await orchestrator.get('o-24'))?.reason).toBe(
      `compensation of step "CreateShoppingList" timed out: no reply by ${resumed.deadline?.toISOString()} (compensating because ${CONFIRM_REFUSED})`,
    );
    expect(types().slice(3)).toEqual(['depot.CancelShoppingList', 'depot.CancelShoppingList']);
  });
});
