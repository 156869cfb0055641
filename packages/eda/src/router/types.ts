import type { Message, Metadata } from '../message.js';
import type { OutgoingMessage, StorageUnit } from '../storage.js';
import type { Delivery } from '../transport.js';

/** A message for `ctx.send` to build: the context sets its correlation, causation and trace. */
export interface Outgoing<T = unknown> {
  topic: string;
  type: string;
  data: T;
  /** The ordering key (default: the new message's id). */
  key?: string;
  /** Extra metadata (`kind`, `replyTo`, `reply.*`, ...). It cannot override correlation, causation or trace. */
  metadata?: Partial<Metadata>;
}

/**
 * The causal metadata every message sent from a handler carries: passed explicitly in the context
 * instead of through AsyncLocalStorage, so it survives any await and is visible in tests.
 */
export interface Correlation {
  correlationId: string;
  /** The id of the handled message. */
  causationId: string;
  /** The handling's span: every message sent during one handling is its child. */
  traceparent: string;
  /** Metadata keys of the handled message copied onto every message sent (see the `correlation` middleware). */
  baggage: Record<string, unknown>;
}

/**
 * What a handler gets for one delivery. Immutable: middleware derives changed copies with `with`.
 * Trap: its methods are methods (on the hot path, no closures per context): call them on the
 * context, `ctx.send(...)`, never detached (`const { send } = ctx`).
 */
export interface HandlerContext {
  /** The handler's registered name. */
  readonly handler: string;
  readonly message: Message;
  readonly delivery: Delivery;
  /**
   * Where the handler reads and writes: the router's storage, or the transaction opened by the
   * `inbox` middleware, so effects, sent messages and the inbox record commit together.
   * Throws when the router has no storage and no middleware opened a transaction.
   */
  readonly unit: StorageUnit;
  /** Aborted when the handler should give up: its `timeout` expired or the router is stopping. */
  readonly signal: AbortSignal;
  readonly correlation: Correlation;
  /**
   * Builds a message caused by the handled one and adds it to `unit.outbox`: inside a transaction
   * it is published only if the transaction commits. Without a storage it is published at once.
   */
  send<T>(outgoing: Outgoing<T>): Promise<Message<T>>;
  /**
   * Sends a message built elsewhere (e.g. `createReply`), with its correlation, causation and trace
   * replaced by this context's: a message sent while handling another is caused by it.
   * Returns the message as sent.
   */
  sendMessage(outgoing: OutgoingMessage): Promise<Message>;
  /** A copy of this context with some parts replaced; `send` then uses the new unit and correlation. */
  with(changes: Partial<Pick<HandlerContext, 'unit' | 'signal' | 'correlation'>>): HandlerContext;
}

/** Resolving acks the message; throwing nacks it (the transport redelivers it, then parks it). */
export type Handler = (ctx: HandlerContext) => Promise<void>;

/** Wraps a handler. Of a list of middleware, the first is the outermost. */
export type Middleware = (next: Handler) => Handler;
