import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelay } from '../log/backoff.js';
import { silentLogger, type Logger } from '../router/logger.js';
import type { Storage, StorageUnit } from '../storage.js';
import type { BackoffOptions } from '../transport.js';
import { applyNextBatch } from './apply-batch.js';
import { checkpointName, type Projection } from './projection.js';

export interface ProjectionOptions {
  /** Events applied per transaction (default 100). */
  batchSize?: number;
  /** Delays before trying a failed batch again (default: `initialMs` 100, up to 30 s). */
  retryBackoff?: BackoffOptions;
  logger?: Logger;
}

export interface ProjectionRunner {
  /** Resolves once every event committed before the call has been applied; rejects if the runner stops first. */
  caughtUp(): Promise<void>;
  /** The checkpoint as far as this runner knows: the last position applied (0 before the first). */
  position(): number;
  /** The error of the last failed batch, until a batch succeeds: a projection stuck on an event shows it here. */
  lastError(): unknown;
  /** Finishes the batch in progress and stops. */
  stop(): Promise<void>;
}

/**
 * Runs a projection: from its checkpoint, applies the events of the global order in batches, each
 * batch and the new checkpoint in one transaction, and then sleeps until `storage.onEventsAppended`
 * wakes it (no polling interval).
 *
 * A failing batch is rolled back and tried again with backoff, forever: events are applied in
 * order, so a poison event stops this projection (visible in `lastError` and the log) and nothing
 * else. Run one runner per projection; a second one does not apply a batch twice but wastes reads.
 */
export const startProjection = <Tx extends StorageUnit>(
  storage: Storage<Tx>,
  projection: Projection<Tx>,
  options: ProjectionOptions = {},
): ProjectionRunner => {
  const batchSize = options.batchSize ?? 100;
  const logger = options.logger ?? silentLogger;
  const stopping = new AbortController();
  let position: number | undefined;
  let failure: unknown;
  // Set by every append notification; cleared when a read starts, so no wake-up is lost.
  let pending = true;
  let wake: (() => void) | undefined;
  let readsStarted = 0;
  let waiters: { afterRead: number; resolve: () => void; reject: (error: Error) => void }[] = [];

  const notify = (): void => {
    pending = true;
    wake?.();
  };
  const unsubscribe = storage.onEventsAppended(notify);

  const idle = (): Promise<void> =>
    new Promise<void>((resolve) => {
      wake = resolve;
      if (pending || stopping.signal.aborted) resolve();
    }).finally(() => {
      wake = undefined;
    });

  /** A read that started after a waiter came and found nothing proves it caught up. */
  const settleWaiters = (read: number): void => {
    const settled = waiters.filter((waiter) => waiter.afterRead < read);
    waiters = waiters.filter((waiter) => waiter.afterRead >= read);
    for (const waiter of settled) waiter.resolve();
  };

  const run = async (): Promise<void> => {
    let failures = 0;
    while (!stopping.signal.aborted) {
      pending = false;
      const read = ++readsStarted;
      try {
        position ??= (await storage.checkpoints.get(checkpointName(projection))) ?? 0;
        const batch = await applyNextBatch(storage, projection, position, batchSize);
        position = batch.position;
        failures = 0;
        failure = undefined;
        if (batch.applied === 0 && !batch.moved) {
          settleWaiters(read);
          await idle();
        }
      } catch (error) {
        failure = error;
        failures++;
        logger.error({ projection: projection.name, position, failures, err: error }, 'projection batch failed: retrying');
        await sleep(backoffDelay(failures, options.retryBackoff), undefined, { signal: stopping.signal }).catch(() => undefined);
      }
    }
  };
  const running = run();

  return {
    caughtUp: () =>
      new Promise<void>((resolve, reject) => {
        if (stopping.signal.aborted) return reject(new Error(`projection "${projection.name}" is stopped`));
        waiters.push({ afterRead: readsStarted, resolve, reject });
        notify();
      }),
    position: () => position ?? 0,
    lastError: () => failure,
    async stop() {
      if (stopping.signal.aborted) return running;
      stopping.abort();
      unsubscribe();
      wake?.();
      await running;
      for (const waiter of waiters) waiter.reject(new Error(`projection "${projection.name}" stopped`));
      waiters = [];
    },
  };
};
