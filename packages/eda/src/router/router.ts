import type { Storage } from '../storage.js';
import type { BackoffOptions, StartFrom, Subscription, Transport } from '../transport.js';
import { compose } from './compose.js';
import { createHandlerContext } from './context.js';
import { silentLogger, type Logger } from './logger.js';
import type { Handler, Middleware } from './types.js';

export interface RouterOptions {
  transport: Transport;
  /** The unit handlers get as `ctx.unit` unless middleware opens a transaction. */
  storage?: Storage;
  logger?: Logger;
}

export interface HandlerRegistration {
  /** Unique within the router; names the handler in logs and is the default group and inbox consumer. */
  name: string;
  topics: string | string[];
  /** The consumer group (default: `name`). */
  group?: string;
  handler: Handler;
  /** Runs inside the router-level middleware; the first is the outermost. */
  middleware?: Middleware[];
  /** Messages handled at once (default 1); same-key messages never overlap. */
  concurrency?: number;
  /**
   * Deliveries before the transport parks the message as a dead letter (default 5). Dead-lettering
   * is the transport's job: the router only rethrows. Each delivery may make several in-process
   * attempts when the handler uses the `retry` middleware.
   */
  maxAttempts?: number;
  /** The transport's redelivery backoff. */
  backoff?: BackoffOptions;
  /** Where a new consumer group starts (an existing group resumes). */
  startFrom?: StartFrom;
}

/**
 * Routes messages from a transport to handlers through middleware (after Watermill's router).
 *
 * Contract: add middleware and handlers before `start`. `start` subscribes every handler.
 * `stop` is graceful: it aborts `ctx.signal` (so `retry` starts no new attempt and handlers may
 * give up early), stops taking messages, waits for the in-flight handlers and closes the
 * subscriptions. A `stop` while `start` is still subscribing lets `start` finish without
 * subscribing the remaining handlers, then closes what it opened: no handler keeps receiving.
 * A message whose handler throws is nacked: the transport redelivers it with backoff and parks it
 * as a dead letter after the handler's `maxAttempts`, or at once when the error is a
 * `PermanentError` (see the `deadLetterOn` middleware). Dead-lettering is the transport's job;
 * the router never swallows an error.
 *
 * A sensible middleware order, outermost first: `correlation`, `hooks`, `retry`, `timeout`,
 * `inbox`: each attempt then gets its own deadline and its own transaction, and the hooks see one
 * handling with all its attempts.
 */
export interface Router {
  /** Router-level middleware, outside every handler's own; the first added is the outermost. */
  use(...middleware: Middleware[]): Router;
  addHandler(registration: HandlerRegistration): Router;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** One run of a router, from start to stop. */
interface Run {
  /** Filled by `starting`; closed by `stop` once `starting` has settled. */
  subscriptions: Subscription[];
  /** Aborted by `stop`: every handler's `ctx.signal` follows it, and `starting` subscribes no more handlers. */
  stopping: AbortController;
  /** Subscribes the handlers one after the other. */
  starting: Promise<void>;
  stopped?: Promise<void>;
}

export const createRouter = (options: RouterOptions): Router => {
  const { transport, storage } = options;
  const logger = options.logger ?? silentLogger;
  const middleware: Middleware[] = [];
  const registrations = new Map<string, HandlerRegistration>();
  let run: Run | undefined;

  const assertNotStarted = (what: string): void => {
    if (run) throw new Error(`router: ${what} before start`);
  };

  const subscribe = async (registration: HandlerRegistration, signal: AbortSignal): Promise<Subscription> => {
    const chain = compose([...middleware, ...(registration.middleware ?? [])], registration.handler);
    return transport.subscribe(
      registration.topics,
      async (message, delivery) => {
        const ctx = createHandlerContext({
          handler: registration.name,
          message,
          delivery,
          unit: storage,
          signal,
          publish: (messages) => transport.publish(messages),
        });
        try {
          await chain(ctx);
        } catch (error) {
          logger.warn(
            { handler: registration.name, messageId: message.id, type: message.type, attempt: delivery.attempt, err: error },
            'handler failed: the transport redelivers the message or parks it',
          );
          throw error;
        }
      },
      {
        group: registration.group ?? registration.name,
        startFrom: registration.startFrom,
        concurrency: registration.concurrency,
        maxAttempts: registration.maxAttempts,
        backoff: registration.backoff,
      },
    );
  };

  /** Stops `current` once, however often it is called: by `stop`, or by a `start` that failed. */
  const stopRun = (current: Run): Promise<void> => {
    current.stopped ??= (async () => {
      current.stopping.abort(new Error('router stopping'));
      // A subscribe still in flight would open a subscription after the close below: wait for
      // `start` (which subscribes nothing more once aborted), whether it succeeded or not.
      await current.starting.catch(() => undefined);
      await Promise.all(current.subscriptions.map((subscription) => subscription.close()));
      if (run === current) run = undefined;
    })();
    return current.stopped;
  };

  const router: Router = {
    use(...added) {
      assertNotStarted('add middleware');
      middleware.push(...added);
      return router;
    },
    addHandler(registration) {
      assertNotStarted('add handlers');
      if (registrations.has(registration.name)) throw new Error(`router: handler "${registration.name}" is added twice`);
      registrations.set(registration.name, registration);
      return router;
    },
    async start() {
      if (run) throw new Error('router: already started');
      const stopping = new AbortController();
      const subscriptions: Subscription[] = [];
      const starting = (async () => {
        for (const registration of registrations.values()) {
          if (stopping.signal.aborted) return;
          subscriptions.push(await subscribe(registration, stopping.signal));
        }
      })();
      const current: Run = { subscriptions, stopping, starting };
      run = current;
      try {
        await starting;
      } catch (error) {
        await stopRun(current);
        throw error;
      }
    },
    stop() {
      return run ? stopRun(run) : Promise.resolve();
    },
  };
  return router;
};
