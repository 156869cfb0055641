import type { Message, Metadata } from './message.js';

/**
 * The version an append expects the stream to be at:
 * - a number n: the stream's last event has version n (0 means the stream has no events);
 * - `'no_stream'`: the stream has no events;
 * - `'exists'`: the stream has at least one event;
 * - `'any'`: no check.
 */
export type ExpectedVersion = number | 'no_stream' | 'exists' | 'any';

/** An event to append. Missing id, occurredAt and metadata are filled in by the store. */
export interface NewEvent<T = unknown> {
  type: string;
  data: T;
  id?: string;
  metadata?: Partial<Metadata>;
  occurredAt?: Date;
}

/** An event as stored: the envelope plus its place in its stream and in the global order. */
export interface StoredEvent<T = unknown> extends Message<T> {
  readonly streamId: string;
  /** 1-based version within the stream, without gaps. */
  readonly version: number;
  /** Position in the global order: strictly increasing, may have gaps. */
  readonly position: number;
  /** The schema version the event was written with (after upcasting, `data` is current). */
  readonly schemaVersion: number;
}

export interface AppendOptions {
  /** Default `'any'`. */
  expectedVersion?: ExpectedVersion;
}

export interface AppendResult {
  /** The stream's version after the append. */
  nextExpectedVersion: number;
  /** The global positions of the appended events, in order. */
  positions: number[];
}

export interface ReadStreamOptions {
  /** First version to return (inclusive, default 1). */
  fromVersion?: number;
  /** Last version to return (inclusive). */
  toVersion?: number;
  /** Only events that occurred at or before this instant (time travel). */
  asOf?: Date;
}

/** The page size of `readAll` without a `limit`, in every adapter. */
export const DEFAULT_READ_ALL_LIMIT = 1000;

export interface ReadAllOptions {
  /** First global position to return (inclusive, default 1). A checkpoint reader passes checkpoint + 1. */
  fromPosition?: number;
  /** At most this many events (default `DEFAULT_READ_ALL_LIMIT`). */
  limit?: number;
  /** Only these event types. */
  types?: string[];
}

/**
 * The event store.
 *
 * Contract:
 * - `append` is atomic: all of the events or none. It checks `expectedVersion` and throws a
 *   `ConcurrencyError` (stream, expected, actual) on a mismatch; of N writers racing with the same
 *   expected version exactly one wins. Appending zero events only checks the version.
 * - With a registry, `append` validates each payload and refuses an invalid one
 *   (`MessageValidationError`); reads upcast old schema versions to the current one.
 * - `readAll` returns committed events in global position order and never skips: once a reader
 *   has seen position p, no event with a position below p becomes visible later.
 */
export interface EventStore {
  append(streamId: string, events: NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** The version of the stream's last event; 0 when the stream has no events. */
  streamVersion(streamId: string): Promise<number>;
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /** The global position of the last committed event (inside a transaction: its own too); 0 when none. */
  lastPosition(): Promise<number>;
}

/** A saved state of a stream at a version, so a load replays only the events after it. */
export interface Snapshot<S = unknown> {
  streamId: string;
  /** Names the state's shape; bump it when the state changes shape, and old snapshots are ignored. */
  name: string;
  version: number;
  state: S;
}

/** Contract: keeps the latest snapshot per (stream, name); `load` ignores any above `maxVersion`. */
export interface SnapshotStore {
  save(snapshot: Snapshot): Promise<void>;
  load(streamId: string, name: string, options?: { maxVersion?: number }): Promise<Snapshot | undefined>;
}
