import type { Hooks } from '@mallbots/eda';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** The process's Prometheus metrics (`GET /metrics`) and the hooks that feed them. */
export interface Metrics {
  readonly registry: Registry;
  /** For every module's router: times each handling and logs each failed delivery. */
  messageHooks(logger: Logger): Hooks;
  /** Records one answered HTTP request. */
  observeRequest(route: string, method: string, status: number, seconds: number): void;
}

export const createMetrics = (): Metrics => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const handling = new Histogram({
    name: 'mallbots_message_handling_seconds',
    help: 'Time to handle one delivery of a message, by handler (consumer group) and outcome.',
    labelNames: ['handler', 'type', 'outcome'],
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [registry],
  });
  const requests = new Histogram({
    name: 'mallbots_http_request_seconds',
    help: 'Time to answer an HTTP request, by route and status.',
    labelNames: ['route', 'method', 'status'],
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [registry],
  });
  return {
    registry,
    messageHooks: (logger) => ({
      onSuccess: (ctx, { durationMs }) =>
        handling.observe({ handler: ctx.handler, type: ctx.message.type, outcome: 'ok' }, durationMs / 1000),
      onError: (ctx, error, { durationMs }) => {
        handling.observe({ handler: ctx.handler, type: ctx.message.type, outcome: 'error' }, durationMs / 1000);
        // The transport redelivers it with backoff, then parks it as a dead letter: say so once per attempt.
        logger.warn(
          { err: error, handler: ctx.handler, messageType: ctx.message.type, messageId: ctx.message.id, attempt: ctx.delivery.attempt },
          'message handling failed; it will be retried or parked',
        );
      },
    }),
    observeRequest: (route, method, status, seconds) => requests.observe({ route, method, status: String(status) }, seconds),
  };
};
