import { ConcurrencyError, PermanentError, RuleViolationError } from '../errors.js';
import { causedBy, childTraceparent, createCommand, type Message, type Metadata } from '../message.js';
import { silentLogger, type Logger } from '../router/logger.js';
import { inboxHandler } from '../router/middleware/inbox.js';
import { createRouter } from '../router/router.js';
import type { HandlerContext } from '../router/types.js';
import type { SagaRecord, SagaStatus, Storage, StorageUnit } from '../storage.js';
import type { BackoffOptions, Transport } from '../transport.js';
import { createDeadlineScheduler } from './deadline-scheduler.js';
import type { SagaDefinition } from './define-saga.js';
import { toInstance, type SagaEnvelope, type SagaInstance } from './saga-instance.js';
import { forward, onReply, onResume, onTimeout, waitingPhase, type SagaState, type SagaTransition } from './saga-machine.js';
import { readReply, routeMetadata } from './saga-route.js';

export interface SagaOrchestratorOptions<D> {
  storage: Storage;
  transport: Transport;
  saga: SagaDefinition<D>;
  /** How long a step waits for a reply when it names no `timeoutMs` (default 30 s). */
  defaultTimeoutMs?: number;
  /** The clock for deadlines (default: the system clock). */
  now?: () => Date;
  logger?: Logger;
  /** Replies handled at once (default 8). Revisions keep two replies from advancing one saga twice. */
  concurrency?: number;
  /** Deliveries of a reply before the transport parks it (default: the transport's). */
  maxAttempts?: number;
  backoff?: BackoffOptions;
}

export interface StartSagaOptions {
  /** The caller's transaction: the saga starts, and its first command is sent, only if it commits. */
  unit?: StorageUnit;
  /** The message that starts the saga: its commands inherit the correlation. */
  cause?: Pick<Message, 'id' | 'metadata'>;
}

/**
 * Runs one saga definition: starts instances, advances them on replies and on timeouts, and shows
 * their state.
 *
 * Contract:
 * - Every state change and the command it sends commit in one transaction (outbox); each reply is
 *   handled in a transaction with its inbox record, so a redelivered reply has no effect.
 * - A reply counts only if it answers the command the saga waits for (same step, phase and record
 *   revision); stale, late and duplicate replies are ignored.
 * - Saves name the revision they read, so a reply and a timeout racing for one saga never both
 *   advance it; the loser is retried and then ignored as stale.
 * - Deadlines are persisted. One timer is armed for the earliest deadline this process knows
 *   (those it set and those found at start); there is no polling interval. The timer learns of a
 *   change only once its transaction has committed, so a rolled-back change never makes the
 *   process forget a deadline that is still persisted.
 * - A compensation that fails or times out parks the saga as `stuck` with the reason and sends
 *   nothing more (see `list({ status: 'stuck' })`) until staff `resume` it.
 * - A message on the reply topic without saga routing metadata fails with a `PermanentError`, so
 *   the transport parks it as a dead letter at once; replies of other sagas sharing the topic are
 *   skipped.
 *
 * Trap: the timer of a process only knows the deadlines that process set or found at its start.
 * With several orchestrator processes for one saga, a deadline set by a process that died is
 * handled when some process starts again. Likewise, `start` inside the caller's transaction arms
 * the timer before that transaction commits (the orchestrator cannot see the commit): if it rolls
 * back, the timer fires once for nothing.
 */
export interface SagaOrchestrator<D> {
  readonly saga: SagaDefinition<D>;
  /**
   * Starts instance `id` with `data` and sends the first step's command. Idempotent: an instance
   * that exists already is returned as it is, so a redelivered start message does no harm.
   */
  start(id: string, data: D, options?: StartSagaOptions): Promise<SagaInstance<D>>;
  get(id: string): Promise<SagaInstance<D> | undefined>;
  list(filter?: { status?: SagaStatus }): Promise<SagaInstance<D>[]>;
  /**
   * What staff call once they fixed the cause of a `stuck` saga: in one transaction, the saga goes
   * back to `compensating` at the step it is stuck at and sends that step's compensation again as a
   * new command (new id, the new revision in its routing, so a late reply to the failed attempt is
   * ignored as stale) with a new deadline (the step's timeout); then it compensates backward as
   * usual and, should a compensation fail again, is `stuck` again with the new reason. `reason`
   * says again why the saga compensates, and still does once it is compensated (see `onResume`).
   * Returns the resumed instance. Throws a `RuleViolationError` naming the saga, id and status, and
   * changes nothing, when the instance is unknown or not stuck; a `ConcurrencyError` when another
   * resume of it committed first.
   */
  resume(id: string): Promise<SagaInstance<D>>;
  /** Handles every instance past its deadline now (the timer does it on its own). */
  checkTimeouts(): Promise<void>;
  /** Stops the timer and the reply handler; a timeout sweep and the replies in flight finish first. */
  stop(): Promise<void>;
}

type Envelope<D> = SagaRecord<SagaEnvelope<D>>;

/** The causal metadata (and any propagated keys) of the commands one transition sends. */
type Cause = Partial<Metadata> & { correlationId: string };

const stateOf = <D>(record: Envelope<D>): SagaState<D> => ({
  status: record.status,
  step: record.step,
  data: record.data.data,
  reason: record.reason,
  compensationReason: record.data.compensationReason,
});

/**
 * The cause of the commands the saga sends on its own (a timeout, a resume): no message causes
 * them, so they continue the saga's correlation and follow its last command.
 */
const ownCause = <D>(record: Envelope<D>): Cause => ({
  correlationId: record.data.correlationId,
  causationId: record.data.lastCommandId,
  traceparent: childTraceparent(record.data.traceparent),
});

/** Creates the orchestrator and starts it: subscribes to the reply topic and handles overdue instances. */
export const createSagaOrchestrator = async <D>(options: SagaOrchestratorOptions<D>): Promise<SagaOrchestrator<D>> => {
  const { storage, transport, saga } = options;
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  const stepNames = saga.steps.map((step) => step.name);
  const timeoutOf = (step: number): number => saga.steps[step]?.timeoutMs ?? options.defaultTimeoutMs ?? 30_000;

  /**
   * Saves `transition` over `previous` and sends its command, both through `unit`. The caller tells
   * the scheduler about the saved deadline once `unit` has committed.
   */
  const persist = async (
    unit: StorageUnit,
    id: string,
    previous: Envelope<D> | undefined,
    transition: SagaTransition<D>,
    cause: Cause | undefined,
  ): Promise<Envelope<D>> => {
    const revision = (previous?.revision ?? 0) + 1;
    const { send } = transition;
    const command =
      send &&
      createCommand(send.command.type, send.command.data, {
        ...cause,
        replyTo: saga.replyTopic,
        ...routeMetadata({ sagaName: saga.name, sagaId: id, step: transition.step, phase: send.phase, revision }),
      });
    const envelope: SagaEnvelope<D> = {
      data: transition.data,
      correlationId: previous?.data.correlationId ?? command?.metadata.correlationId ?? cause?.correlationId ?? id,
      traceparent: previous?.data.traceparent ?? command?.metadata.traceparent ?? cause?.traceparent,
      lastCommandId: command?.id ?? previous?.data.lastCommandId,
      compensationReason: transition.compensationReason,
    };
    const deadline = send ? new Date(now().getTime() + timeoutOf(transition.step)) : null;
    const saved = (await unit.sagas.save(
      { sagaName: saga.name, id, status: transition.status, step: transition.step, data: envelope, deadline, reason: transition.reason },
      previous?.revision ?? 0,
    )) as Envelope<D>;
    if (send && command) await unit.outbox.add([{ topic: send.command.topic, key: send.command.key ?? id, message: command }]);
    return saved;
  };

  /** Arms the timer for a saved record: call it only after the save's transaction committed. */
  const schedule = (record: SagaRecord | undefined): void => {
    if (record) scheduler.set(record.id, record.deadline);
  };

  /** Advances the saga a reply answers, in the reply's transaction; returns the saved record, if any. */
  const advance = async (ctx: HandlerContext): Promise<Envelope<D> | undefined> => {
    const read = readReply(ctx.message);
    if (!read) {
      throw new PermanentError(`saga "${saga.name}": ${ctx.message.type} on ${ctx.delivery.topic} is not a saga reply`);
    }
    const { route, reply } = read;
    if (route.sagaName !== saga.name) return undefined;
    const record = await ctx.unit.sagas.load<SagaEnvelope<D>>(saga.name, route.sagaId);
    if (
      !record ||
      record.revision !== route.revision ||
      record.step !== route.step ||
      waitingPhase(record.status) !== route.phase
    ) {
      logger.debug({ saga: saga.name, id: route.sagaId, replyId: reply.id, route }, 'stale or duplicate saga reply ignored');
      return undefined;
    }
    const step = saga.steps[record.step];
    const transition = onReply(saga, stateOf(record), reply.data, (data) => step?.onReply?.(data, reply) ?? data);
    const { baggage, correlationId, causationId, traceparent } = ctx.correlation;
    return persist(ctx.unit, record.id, record, transition, { ...baggage, correlationId, causationId, traceparent });
  };

  /** Each reply in a transaction with its inbox record; the timer hears of the change after the commit. */
  const handleReply = async (ctx: HandlerContext): Promise<void> => {
    let saved: Envelope<D> | undefined;
    await inboxHandler(storage, async (txCtx) => {
      saved = await advance(txCtx);
    })(ctx);
    schedule(saved);
  };

  const timeOut = async (listed: SagaRecord, at: Date): Promise<void> => {
    const saved = await storage.transaction(async (tx) => {
      const record = await tx.sagas.load<SagaEnvelope<D>>(saga.name, listed.id);
      if (!record?.deadline || record.deadline > at || record.revision !== listed.revision || !waitingPhase(record.status)) {
        return undefined;
      }
      const transition = onTimeout(saga, stateOf(record), record.deadline);
      logger.warn({ saga: saga.name, id: record.id, step: stepNames[record.step], status: transition.status }, 'saga step timed out');
      return persist(tx, record.id, record, transition, ownCause(record));
    });
    schedule(saved);
  };

  const sweep = async (at: Date): Promise<void> => {
    const due = await storage.sagas.due(at, { sagaName: saga.name });
    let failure: unknown;
    for (const record of due) {
      try {
        await timeOut(record, at);
      } catch (error) {
        // A reply advanced the saga first: nothing is overdue any more.
        if (error instanceof ConcurrencyError) continue;
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
  };

  const scheduler = createDeadlineScheduler({
    now,
    sweep,
    onError: (error) => logger.error({ saga: saga.name, err: error }, 'saga timeout sweep failed: retrying'),
  });

  const name = `saga:${saga.name}`;
  const router = createRouter({ transport, storage, logger }).addHandler({
    name,
    topics: saga.replyTopic,
    startFrom: 'beginning',
    handler: handleReply,
    concurrency: options.concurrency ?? 8,
    maxAttempts: options.maxAttempts,
    backoff: options.backoff,
  });
  await router.start();
  for (const status of ['running', 'compensating'] as const) {
    for (const record of await storage.sagas.list({ sagaName: saga.name, status })) scheduler.set(record.id, record.deadline);
  }
  await scheduler.sweepNow();

  return {
    saga,
    async start(id, data, startOptions = {}) {
      const work = async (unit: StorageUnit): Promise<Envelope<D>> => {
        const existing = await unit.sagas.load<SagaEnvelope<D>>(saga.name, id);
        if (existing) return existing;
        const cause = startOptions.cause && causedBy(startOptions.cause);
        return persist(unit, id, undefined, forward(saga, data, 0), cause);
      };
      const record = await (startOptions.unit ? work(startOptions.unit) : storage.transaction(work));
      schedule(record);
      return toInstance(record, stepNames);
    },
    async get(id) {
      const record = await storage.sagas.load<SagaEnvelope<D>>(saga.name, id);
      return record && toInstance(record, stepNames);
    },
    async list(filter = {}) {
      const records = await storage.sagas.list({ sagaName: saga.name, status: filter.status });
      return records.map((record) => toInstance(record as Envelope<D>, stepNames));
    },
    async resume(id) {
      const record = await storage.transaction(async (tx) => {
        const stuck = await tx.sagas.load<SagaEnvelope<D>>(saga.name, id);
        const transition = stuck && onResume(saga, stateOf(stuck));
        if (!stuck || !transition) {
          throw new RuleViolationError(
            `saga "${saga.name}" ${id} is ${stuck ? stuck.status : 'unknown'}: only a stuck saga can be resumed`,
          );
        }
        logger.info({ saga: saga.name, id, step: stepNames[stuck.step], status: transition.status }, 'stuck saga resumed');
        return persist(tx, id, stuck, transition, ownCause(stuck));
      });
      schedule(record);
      return toInstance(record, stepNames);
    },
    checkTimeouts: () => scheduler.sweepNow(),
    async stop() {
      await scheduler.stop();
      await router.stop();
    },
  };
};
