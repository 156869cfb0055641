import { randomUUID } from 'node:crypto';
import { newId } from './ids.js';

/** What a message is for; carried in `metadata.kind`. */
export type MessageKind = 'event' | 'command' | 'reply' | 'query';

/**
 * Metadata every message carries. `correlationId` names the whole workflow and is inherited by
 * every message caused by this one; `causationId` is the id of the message that caused this one
 * (its own id for a message that starts a workflow). `traceparent` is a W3C trace context.
 */
export interface Metadata {
  correlationId: string;
  causationId: string;
  traceparent?: string;
  kind?: MessageKind;
  /** Commands: the topic the handler sends its reply to. */
  replyTo?: string;
  [key: string]: unknown;
}

/** The envelope of every event, command, reply and query. Immutable once created. */
export interface Message<T = unknown> {
  readonly id: string;
  readonly type: string;
  readonly data: T;
  readonly metadata: Metadata;
  readonly occurredAt: Date;
}

export interface MessageInit<T> {
  type: string;
  data: T;
  metadata?: Partial<Metadata>;
  id?: string;
  occurredAt?: Date;
}

// randomUUID draws from Node's cached entropy pool: far cheaper per call than randomBytes, which
// matters because every appended event gets a traceparent. Its fixed version nibble leaves 122
// random bits per id, plenty for trace and span ids.
const randomHex = (length: 16 | 32): string => randomUUID().replaceAll('-', '').slice(0, length);

/** A fresh W3C traceparent (`00-<trace id>-<span id>-01`). */
export const newTraceparent = (): string => `00-${randomHex(32)}-${randomHex(16)}-01`;

/** A child traceparent: same trace, new span. */
export const childTraceparent = (parent: string | undefined): string => {
  const traceId = parent?.split('-')[1];
  return traceId && traceId.length === 32 ? `00-${traceId}-${randomHex(16)}-01` : newTraceparent();
};

/**
 * The full metadata of a new message with id `id`, from what the caller gave: without a cause the
 * message starts a workflow (its correlation and causation ids are its own id), and without a
 * traceparent it gets `traceparent()` (by default a new trace). Every envelope is filled here
 * (`createMessage`, the event store's append), so messages and stored events cannot drift apart.
 */
export const fillMetadata = (id: string, given: Partial<Metadata> | undefined, traceparent: () => string = newTraceparent): Metadata => ({
  ...given,
  correlationId: given?.correlationId ?? id,
  causationId: given?.causationId ?? id,
  traceparent: given?.traceparent ?? traceparent(),
});

/**
 * Builds an envelope. Without a cause in `metadata`, the message starts a new workflow: its
 * correlation and causation ids are its own id.
 */
export const createMessage = <T>(init: MessageInit<T>): Message<T> => {
  const id = init.id ?? newId();
  const metadata = fillMetadata(id, init.metadata);
  return Object.freeze({ id, type: init.type, data: init.data, metadata, occurredAt: init.occurredAt ?? new Date() });
};

/**
 * Metadata for a message caused by `cause`: same correlation, causation = the cause's id,
 * a child span of its trace. Other keys (reply routing and the like) are not inherited.
 */
export const causedBy = (cause: Pick<Message, 'id' | 'metadata'>): Pick<Metadata, 'correlationId' | 'causationId' | 'traceparent'> => ({
  correlationId: cause.metadata.correlationId,
  causationId: cause.id,
  traceparent: childTraceparent(cause.metadata.traceparent),
});

export const createEvent = <T>(type: string, data: T, metadata?: Partial<Metadata>): Message<T> =>
  createMessage({ type, data, metadata: { ...metadata, kind: 'event' } });

export const createCommand = <T>(type: string, data: T, metadata: Partial<Metadata> & { replyTo?: string } = {}): Message<T> =>
  createMessage({ type, data, metadata: { ...metadata, kind: 'command' } });

export const createQuery = <T>(type: string, data: T, metadata?: Partial<Metadata>): Message<T> =>
  createMessage({ type, data, metadata: { ...metadata, kind: 'query' } });

/** The outcome of a command, sent to the command's `replyTo` topic. */
export type ReplyOutcome = 'success' | 'failure';

export interface ReplyData<T = unknown> {
  outcome: ReplyOutcome;
  /** The id of the command this answers. */
  commandId: string;
  commandType: string;
  /** Success: what the handler returned. */
  result?: T;
  /** Failure: the reason, in plain words. */
  reason?: string;
}

/** Keys of a command's metadata that its reply echoes back (saga routing and the like). */
export const REPLY_ECHO_PREFIX = 'reply.';

/**
 * The reply to `command`. Metadata keys of the command that start with `reply.` (for example a
 * saga's id and step) are echoed back so the requester can route the reply without a lookup.
 */
export const createReply = <T>(
  command: Message,
  outcome: { outcome: 'success'; result?: T } | { outcome: 'failure'; reason: string },
): Message<ReplyData<T>> => {
  const echoed = Object.fromEntries(
    Object.entries(command.metadata).filter(([key]) => key.startsWith(REPLY_ECHO_PREFIX)),
  );
  return createMessage({
    type: `${command.type}.${outcome.outcome === 'success' ? 'Succeeded' : 'Failed'}`,
    data: { ...outcome, commandId: command.id, commandType: command.type },
    metadata: { ...echoed, ...causedBy(command), kind: 'reply' },
  });
};
