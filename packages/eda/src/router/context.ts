import { childTraceparent, createMessage, type Message } from '../message.js';
import type { OutgoingMessage, StorageUnit } from '../storage.js';
import type { Delivery } from '../transport.js';
import type { Correlation, HandlerContext, Outgoing } from './types.js';

export interface HandlerContextInit {
  handler: string;
  message: Message;
  delivery: Delivery;
  /** Undefined when the router has no storage: `send` then publishes at once. */
  unit: StorageUnit | undefined;
  signal: AbortSignal;
  /**
   * Default: `correlationOf(message)`, made when first read and then shared by every copy made
   * with `with`. Lazily, because its new span id is not free and most handlings send nothing.
   */
  correlation?: Correlation;
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
export const createHandlerContext = (init: HandlerContextInit): HandlerContext => new Context(init);

/** A class rather than an object of closures: two are made per handled message, on the hot path. */
class Context implements HandlerContext {
  readonly handler: string;
  readonly message: Message;
  readonly delivery: Delivery;
  readonly signal: AbortSignal;
  readonly #init: HandlerContextInit;
  /** The default correlation once made: one per handling, whichever copy reads it first. */
  readonly #lazy: { correlation?: Correlation };

  constructor(init: HandlerContextInit, lazy: { correlation?: Correlation } = {}) {
    this.handler = init.handler;
    this.message = init.message;
    this.delivery = init.delivery;
    this.signal = init.signal;
    this.#init = init;
    this.#lazy = lazy;
  }

  get correlation(): Correlation {
    return this.#init.correlation ?? (this.#lazy.correlation ??= correlationOf(this.message));
  }

  get unit(): StorageUnit {
    if (!this.#init.unit) {
      throw new Error(`handler "${this.handler}": no storage unit; give createRouter a storage or use the inbox middleware`);
    }
    return this.#init.unit;
  }

  async send<T>(outgoing: Outgoing<T>): Promise<Message<T>> {
    const message = createMessage({
      type: outgoing.type,
      data: outgoing.data,
      metadata: { ...this.correlation.baggage, ...outgoing.metadata, ...this.#causal() },
    });
    await this.#add({ topic: outgoing.topic, key: outgoing.key, message });
    return message;
  }

  async sendMessage(outgoing: OutgoingMessage): Promise<Message> {
    const { id, type, data, occurredAt, metadata } = outgoing.message;
    const message = createMessage({ id, type, data, occurredAt, metadata: { ...this.correlation.baggage, ...metadata, ...this.#causal() } });
    await this.#add({ ...outgoing, message });
    return message;
  }

  with(changes: Partial<Pick<HandlerContext, 'unit' | 'signal' | 'correlation'>>): HandlerContext {
    return new Context({ ...this.#init, ...changes }, this.#lazy);
  }

  #causal() {
    const { correlationId, causationId, traceparent } = this.correlation;
    return { correlationId, causationId, traceparent };
  }

  async #add(outgoing: OutgoingMessage): Promise<void> {
    if (this.#init.unit) await this.#init.unit.outbox.add([outgoing]);
    else await this.#init.publish([outgoing]);
  }
}

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
    publish: options.publish ?? (async () => {}),
  });
