import { z } from 'zod';
import type { NewEvent, StoredEvent } from './event-store.js';
import { newId } from './ids.js';
import { fillMetadata, newTraceparent, type Message, type Metadata } from './message.js';
import type { MessageRegistry } from './registry.js';

/*
 * What every storage adapter does the same way on the way in and out, so adapters agree on ids,
 * metadata, validation and upcasting and only differ in where the bytes go.
 */

/** An event ready to store: id, metadata and occurredAt filled in, data validated. */
export interface EventRow {
  id: string;
  type: string;
  /** With a registry: the parsed payload (zod output). Without: the payload as given. */
  data: unknown;
  /** The registry's current version of `type`; 1 without a registry. */
  schemaVersion: number;
  metadata: Metadata;
  occurredAt: Date;
}

/**
 * Turns the events of one append into rows. With a registry every payload is validated first, so
 * an invalid or unknown event throws (`MessageValidationError`, `UnknownMessageTypeError`) before
 * anything is written. Metadata is filled by `fillMetadata`, like `createMessage`'s, and `kind` is
 * always `'event'`. Events without `occurredAt` share `now`; events without a traceparent share one
 * (one append is one operation, so one span).
 */
export const prepareEvents = (
  registry: MessageRegistry | undefined,
  events: NewEvent[],
  now: Date = new Date(),
): EventRow[] => {
  let traceparent: string | undefined;
  return events.map((event) => {
    const { data, schemaVersion } = registry ? registry.encode(event.type, event.data) : { data: event.data, schemaVersion: 1 };
    const id = event.id ?? newId();
    return {
      id,
      type: event.type,
      data,
      schemaVersion,
      metadata: { ...fillMetadata(id, event.metadata, () => (traceparent ??= newTraceparent())), kind: 'event' },
      occurredAt: event.occurredAt ?? now,
    };
  });
};

/**
 * A stored event as the reader sees it: with a registry, `data` is upcast from the version it was
 * written with to the current one and validated; `schemaVersion` keeps the written version.
 */
export const decodeEvent = (registry: MessageRegistry | undefined, row: StoredEvent): StoredEvent =>
  registry ? { ...row, data: registry.decode(row.type, row.data, row.schemaVersion) } : row;

/**
 * Validates an outgoing message (outbox, publish). With a registry an unknown type throws
 * `UnknownMessageTypeError` and an invalid payload `MessageValidationError`, so nothing invalid
 * leaves the process; the returned message carries the parsed payload. Without a registry the
 * message passes unchanged at schema version 1.
 */
export const encodeMessage = (
  registry: MessageRegistry | undefined,
  message: Message,
): { message: Message; schemaVersion: number } => {
  if (!registry) return { message, schemaVersion: 1 };
  const { data, schemaVersion } = registry.encode(message.type, message.data);
  return { message: { ...message, data }, schemaVersion };
};

/** A received or stored message with its data upcast from `schemaVersion` to the current version. */
export const decodeMessage = (registry: MessageRegistry | undefined, message: Message, schemaVersion: number): Message =>
  registry ? { ...message, data: registry.decode(message.type, message.data, schemaVersion) } : message;

/**
 * A deep copy through JSON: what a database would give back. Adapters that keep objects (memory)
 * copy through this so they change data exactly like a real store does (a `Date` in a payload
 * comes back as a string, `undefined` keys vanish) and so callers cannot mutate stored values.
 */
export const jsonClone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** A message as plain JSON, for adapters that store JSON text or jsonb: `occurredAt` is ISO-8601. */
export interface JsonMessage {
  id: string;
  type: string;
  data: unknown;
  metadata: Metadata;
  occurredAt: string;
}

const jsonMessageSchema = z.object({
  id: z.string(),
  type: z.string(),
  data: z.unknown(),
  metadata: z.looseObject({ correlationId: z.string(), causationId: z.string() }),
  occurredAt: z.iso.datetime({ offset: true }),
});

export const toJsonMessage = (message: Message): JsonMessage => ({
  id: message.id,
  type: message.type,
  data: message.data,
  metadata: message.metadata,
  occurredAt: message.occurredAt.toISOString(),
});

/** Rebuilds a message from its JSON form; throws when the envelope is malformed. */
export const fromJsonMessage = (json: unknown): Message => {
  const parsed = jsonMessageSchema.parse(json);
  return { ...parsed, metadata: parsed.metadata as Metadata, occurredAt: new Date(parsed.occurredAt) };
};

export const serializeMessage = (message: Message): string => JSON.stringify(toJsonMessage(message));

export const deserializeMessage = (text: string): Message => fromJsonMessage(JSON.parse(text));
