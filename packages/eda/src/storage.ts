import type { EventStore, SnapshotStore } from './event-store.js';
import type { Message } from './message.js';

/** A message to send when the transaction that adds it commits. */
export interface OutgoingMessage {
  topic: string;
  message: Message;
  /** The ordering key: messages with the same key are delivered in order. Default: the message id. */
  key?: string;
}

/**
 * The transactional outbox. Contract: messages added inside a transaction are published if and
 * only if that transaction commits, in the order added; outside a transaction `add` publishes.
 * The storage's own `outbox.add` called from inside a transaction throws (use `tx.outbox`), like
 * every write through the storage itself there: it never publishes ahead of a rollback.
 */
export interface Outbox {
  add(messages: OutgoingMessage[]): Promise<void>;
}

/**
 * The inbox: which message ids a consumer has handled. Contract: `record` inside the consumer's
 * transaction returns false when the id was already recorded for that consumer, so a redelivered
 * message's effects can be skipped; the record and the effects commit or roll back together.
 */
export interface InboxStore {
  record(consumer: string, messageId: string): Promise<boolean>;
  /**
   * `record` for many ids at once (one statement where the adapter can: the batched inbox): for
   * each id, in the order given, true when this call recorded it, false when it was recorded
   * before or appears earlier in `messageIds`.
   */
  recordAll(consumer: string, messageIds: readonly string[]): Promise<boolean[]>;
  has(consumer: string, messageId: string): Promise<boolean>;
}

/** Named positions of readers (projections, followers of the global order). */
export interface CheckpointStore {
  get(name: string): Promise<number | undefined>;
  set(name: string, position: number): Promise<void>;
  delete(name: string): Promise<void>;
}

export type SagaStatus = 'running' | 'compensating' | 'completed' | 'compensated' | 'stuck';

/** The persisted state of one saga instance. */
export interface SagaRecord<D = unknown> {
  sagaName: string;
  id: string;
  status: SagaStatus;
  /** The index of the step that is running or compensating. */
  step: number;
  data: D;
  /** Set when a step waits for a reply: past it, the step has timed out. */
  deadline: Date | null;
  /** Why the saga is stuck or was compensated. */
  reason: string | null;
  /** Starts at 1 on the first save; each save must name the version it read. */
  revision: number;
  updatedAt: Date;
}

/**
 * Saga instances. Contract: `save` with `expectedRevision` (0 for a new instance) throws a
 * `ConcurrencyError` when another save came first, so two handlers never both advance one saga.
 */
export interface SagaStore {
  load<D>(sagaName: string, id: string): Promise<SagaRecord<D> | undefined>;
  save(record: Omit<SagaRecord, 'revision' | 'updatedAt'>, expectedRevision: number): Promise<SagaRecord>;
  list(filter?: { sagaName?: string; status?: SagaStatus }): Promise<SagaRecord[]>;
  /**
   * Instances whose deadline is at or before `now`, earliest deadline first; with `sagaName`, only
   * that saga's, so each orchestrator polls for its own instances without reading the others.
   */
  due(now: Date, filter?: { sagaName?: string }): Promise<SagaRecord[]>;
}

/** Everything one storage transaction can touch. */
export interface StorageUnit {
  readonly events: EventStore;
  readonly snapshots: SnapshotStore;
  readonly outbox: Outbox;
  readonly inbox: InboxStore;
  readonly checkpoints: CheckpointStore;
  readonly sagas: SagaStore;
}

/**
 * A storage adapter. The parts used directly commit one call at a time; `transaction` runs
 * `work` so that everything it does through `tx` commits together or not at all. Nothing written
 * inside a transaction is visible outside it before it commits. A write through the parts used
 * directly from inside `work` would wait for the transaction it runs in: it throws instead.
 *
 * Adapters may widen `Tx` with their native handle (e.g. the SQLite database) so application
 * code can write its own tables in the same transaction.
 */
export interface Storage<Tx extends StorageUnit = StorageUnit> extends StorageUnit {
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` after each commit that appended events (wakes readers of the global order).
   * A throwing listener fails neither the commit nor the other listeners; its error is reported
   * (`console.error`).
   */
  onEventsAppended(listener: () => void): () => void;
  close(): Promise<void>;
}
