import type { HandlerContext, Middleware } from '../types.js';

/** Observers of each handling, for metrics and tracing. */
export interface Hooks {
  onStart?(ctx: HandlerContext): void;
  onSuccess?(ctx: HandlerContext, info: { durationMs: number }): void;
  /** Called with the error the handling failed with; the error is rethrown afterwards. */
  onError?(ctx: HandlerContext, error: unknown, info: { durationMs: number }): void;
}

/**
 * Calls the hooks around the rest of the chain. Hooks must not throw: one that does fails the
 * delivery like a handler error would. Where it sits decides what it measures: outside `retry` one
 * handling with all its attempts, inside it each attempt.
 */
export const hooks =
  (observers: Hooks): Middleware =>
  (next) =>
  async (ctx) => {
    const started = performance.now();
    observers.onStart?.(ctx);
    try {
      await next(ctx);
    } catch (error) {
      observers.onError?.(ctx, error, { durationMs: performance.now() - started });
      throw error;
    }
    observers.onSuccess?.(ctx, { durationMs: performance.now() - started });
  };
