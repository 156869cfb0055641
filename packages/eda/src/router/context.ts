import { childTraceparent, createMessage, type Message } from '../message.js';
import type { OutgoingMessage, StorageUnit } from '../storage.js';
import type { Delivery } from '../transport.js';
import type { Correlation, HandlerContext } from './types.js';

export interface HandlerContextInit {
  handler: string;
  message: Message;
  delivery: Delivery;
  /** Undefined when the router has no storage: `send` then publishes at once. */
  unit: StorageUnit | undefined;
  signal: AbortSignal;
  correlation: Correlation;
  publish: (messages: OutgoingMessage[]) => Promise<void>;
}

/**
 * The correlation of a handling, trusting the envelope: the handled message's correlation, itself
 * as the cause, and one child span of its trace. The `correlation` middleware also repairs
 * envelopes of producers that do not follow the contract.
 */
export const correlationOf = (message: Message): Correlation => ({
  correlationId: message.metadata.correlationId,
  causationId: message.id,
  traceparent: childTraceparent(message.metadata.traceparent),
  baggage: {},
});

/** Builds the context the router hands to the outermost middleware. */
export const createHandlerContext = (init: HandlerContextInit): HandlerContext => {
  const { correlation } = init;
  const causal = {
    correlationId: correlation.correlationId,
    causationId: correlation.causationId,
    traceparent: correlation.traceparent,
  };
  const add = async (outgoing: OutgoingMessage): Promise<void> => {
    if (init.unit) await init.unit.outbox.add([outgoing]);
    else await init.publish([outgoing]);
  };
  return {
    handler: init.handler,
    message: init.message,
    delivery: init.delivery,
    signal: init.signal,
    correlation,
    get unit(): StorageUnit {
      if (!init.unit) {
        throw new Error(`handler "${init.handler}": no storage unit; give createRouter a storage or use the inbox middleware`);
      }
      return init.unit;
    },
    async send(outgoing) {
      const message = createMessage({
        type: outgoing.type,
        data: outgoing.data,
        metadata: { ...correlation.baggage, ...outgoing.metadata, ...causal },
      });
      await add({ topic: outgoing.topic, key: outgoing.key, message });
      return message;
    },
    async sendMessage(outgoing) {
      const { id, type, data, occurredAt, metadata } = outgoing.message;
      const message = createMessage({ id, type, data, occurredAt, metadata: { ...correlation.baggage, ...metadata, ...causal } });
      await add({ ...outgoing, message });
      return message;
    },
    with: (changes) => createHandlerContext({ ...init, ...changes }),
  };
};

/**
 * A context for `message` outside a router: to unit-test a handler or a middleware chain, or to
 * run one by hand. Without a `unit`, `send` goes to `publish` (default: nowhere).
 */
export const handlerContextFor = (
  message: Message,
  options: Partial<Omit<HandlerContextInit, 'message' | 'correlation'>> = {},
): HandlerContext =>
  createHandlerContext({
    handler: options.handler ?? 'handler',
    message,
    delivery: options.delivery ?? { topic: 'topic', group: options.handler ?? 'handler', key: message.id, position: 1, attempt: 1 },
    unit: options.unit,
    signal: options.signal ?? new AbortController().signal,
    correlation: correlationOf(message),
    publish: options.publish ?? (async () => {}),
  });
