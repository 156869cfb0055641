import {
  answerCommands,
  causedBy,
  correlation,
  createEvent,
  createRouter,
  hooks,
  batchedInboxHandler,
  retry,
  RuleViolationError,
  type BackoffOptions,
  type CommandFunction,
  type HandlerContext,
  type Message,
  type Metadata,
  type Middleware,
  type Router,
  type StorageUnit,
} from '@mallbots/eda';
import { isConnectionError } from '@mallbots/eda-postgres';
import type { Logger } from 'pino';
import type { CommandSpec, DataOf, MessageSpec, ResultOf } from './contract-kit.js';
import type { AppTx } from './database.js';
import type { ModuleContext } from './module.js';

/** What a consumer does with one message type; see `on`. */
export interface Reaction {
  readonly type: string;
  handle(message: Message, tx: AppTx, ctx: HandlerContext): Promise<void>;
}

/** Reacts to messages of `spec`'s type with their (validated, upcast) data, inside the consumer's transaction. */
export const on = <S extends MessageSpec>(
  spec: S,
  handle: (data: DataOf<S>, tx: AppTx, ctx: HandlerContext) => Promise<void>,
): Reaction => ({ type: spec.type, handle: (message, tx, ctx) => handle(message.data as DataOf<S>, tx, ctx) });

/**
 * Runs `work`, a reaction to another module's event. When the event does not apply in the current
 * state (`work` throws a `RuleViolationError`: a `NotFoundError` too), it is skipped and logged at
 * info with `context`, never retried; any other error propagates, so the message is delivered again.
 */
export const skipIfNotApplicable = async (logger: Logger, context: Record<string, unknown>, work: () => Promise<void>): Promise<void> => {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof RuleViolationError)) throw error;
    logger.info({ ...context, reason: error.message }, 'event skipped: it does not apply');
  }
};

/** How a module answers one command type: the returned value is the success reply's `result`. */
export interface Answer {
  readonly type: string;
  handle(message: Message, tx: AppTx, ctx: HandlerContext): Promise<unknown>;
}

/**
 * Answers commands of `spec`'s type. A `RuleViolationError` thrown by `handle` becomes a failure
 * reply (its message is the reason); any other error is retried and finally dead-lettered.
 */
export const answer = <C extends CommandSpec>(
  spec: C,
  handle: (data: DataOf<C>, tx: AppTx, ctx: HandlerContext) => Promise<ResultOf<C>>,
): Answer => ({ type: spec.type, handle: (message, tx, ctx) => handle(message.data as DataOf<C>, tx, ctx) });

export interface ConsumeOptions {
  /** Messages handled at once; same-key messages never overlap (default 4). */
  concurrency?: number;
  /**
   * Deliveries before a message is parked as a dead letter (default 13). With the default backoff
   * (50 ms doubling up to 5 s) that is about 30 s of retries (50 ms + 100 ms + … + 3.2 s, then 5 s
   * each): as long as a saga step waits by default, so a handler that throws to wait for a message
   * from another topic outlasts the step it waits for.
   */
  maxAttempts?: number;
  backoff?: BackoffOptions;
}

const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 50, maxMs: 5_000 };
export const DEFAULT_MAX_ATTEMPTS = 13;

/**
 * While the database cannot be reached (PostgreSQL restarting, a network cut), a handling waits
 * and tries again in place, for about ten minutes at most, instead of spending its message's
 * delivery attempts: an outage longer than those (about 30 s) would otherwise park every message
 * in flight as a dead letter. Each try is a fresh transaction; stopping the router ends the wait.
 */
export const waitOutDatabaseOutages = (backoff: BackoffOptions = { initialMs: 200, maxMs: 5_000 }): Middleware =>
  retry({ retries: 120, backoff, shouldRetry: isConnectionError });

/**
 * A module's message handling: one router, every handler exactly-once in effect (its writes, the
 * messages it sends and its inbox record commit in one transaction), every consumer group named
 * `<module>.<name>` and tracked for readiness. The messages a consumer is handed at once (up to its
 * `concurrency`) share one transaction (`batchedInboxHandler`): fewer commits under load, and a
 * failing message is retried alone. Handlers read through `tx`, so each sees the writes of the
 * messages before it in its batch.
 */
export interface ModuleMessaging {
  readonly router: Router;
  /**
   * Follows `topics` from their beginning with its own consumer group, so a new consumer replays
   * the history. Types without a reaction are acknowledged and skipped: a topic carries every event
   * of its aggregate and a consumer cares about some.
   */
  consume(name: string, topics: readonly string[], reactions: readonly Reaction[], options?: ConsumeOptions): void;
  /** Answers the commands sent to `topic` on their `replyTo`; a type without an answer gets a failure reply. */
  answer(topic: string, answers: readonly Answer[], options?: ConsumeOptions): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export const createModuleMessaging = (context: ModuleContext, module: string): ModuleMessaging => {
  const { db, readiness } = context;
  const logger = context.logger.child({ module });
  const router = createRouter({ transport: db.transport, storage: db.storage, logger }).use(
    correlation(),
    waitOutDatabaseOutages(),
    hooks(context.metrics.messageHooks(logger)),
  );

  const add = (name: string, topics: readonly string[], handle: (ctx: HandlerContext, tx: AppTx) => Promise<void>, options: ConsumeOptions) => {
    const group = `${module}.${name}`;
    readiness.track(group, topics);
    router.addHandler({
      name: group,
      topics: [...topics],
      startFrom: 'beginning',
      concurrency: options.concurrency ?? 4,
      maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      backoff: options.backoff ?? DEFAULT_BACKOFF,
      handler: batchedInboxHandler(db.storage, handle),
    });
  };

  return {
    router,
    consume(name, topics, reactions, options = {}) {
      const byType = new Map(reactions.map((reaction) => [reaction.type, reaction]));
      add(name, topics, async (ctx, tx) => byType.get(ctx.message.type)?.handle(ctx.message, tx, ctx), options);
    },
    answer(topic, answers, options = {}) {
      const functions: Record<string, CommandFunction> = Object.fromEntries(
        answers.map((entry) => [entry.type, (message, ctx) => entry.handle(message, ctx.unit as AppTx, ctx)]),
      );
      const handler = answerCommands(functions);
      add('commands', [topic], (ctx) => handler(ctx), options);
    },
    start: () => router.start(),
    stop: () => router.stop(),
  };
};

export interface PublishOptions {
  /** The ordering key: the aggregate's id, so its events are delivered in order. */
  key: string;
  /** The message that caused this one (correlation, causation, trace). */
  cause?: Pick<Message, 'id' | 'metadata'>;
  metadata?: Partial<Metadata>;
}

/** Adds an integration event to the outbox of `unit`: it is published if and only if the transaction commits. */
export const publish = async <S extends MessageSpec>(
  unit: StorageUnit,
  topic: string,
  spec: S,
  data: DataOf<S>,
  options: PublishOptions,
): Promise<void> => {
  const metadata = { ...options.metadata, ...(options.cause ? causedBy(options.cause) : {}) };
  await unit.outbox.add([{ topic, key: options.key, message: createEvent(spec.type, data, metadata) }]);
};
