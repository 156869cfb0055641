import type { Metadata } from '../../message.js';
import type { Middleware } from '../types.js';

export interface CorrelationOptions {
  /**
   * Metadata keys of the handled message to copy onto every message the handler sends (tenant,
   * user, locale, ...). Correlation, causation and trace are always set; other keys are not
   * inherited unless named here.
   */
  propagate?: string[];
}

/**
 * Guarantees the causal chain even when the handled message comes from a producer that does not
 * follow the envelope contract: a missing correlation id becomes the message's own id (it starts a
 * workflow), and the keys named in `propagate` travel on with every message sent from `ctx`.
 * The result is in `ctx.correlation`, an explicit object rather than AsyncLocalStorage.
 */
export const correlation =
  (options: CorrelationOptions = {}): Middleware =>
  (next) =>
  (ctx) => {
    const metadata: Partial<Metadata> = ctx.message.metadata;
    const correlationId =
      typeof metadata.correlationId === 'string' && metadata.correlationId !== '' ? metadata.correlationId : ctx.message.id;
    const baggage = Object.fromEntries(
      (options.propagate ?? []).filter((key) => metadata[key] !== undefined).map((key) => [key, metadata[key]]),
    );
    return next(
      ctx.with({
        correlation: { ...ctx.correlation, correlationId, baggage: { ...ctx.correlation.baggage, ...baggage } },
      }),
    );
  };
