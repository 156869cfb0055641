import { loadAggregate, maybeSnapshot, type SnapshotPolicy } from './aggregate.js';
import { evolveAll, type Decider, type TypedData } from './decider.js';
import { ConcurrencyError } from './errors.js';
import type { StoredEvent } from './event-store.js';
import type { Metadata } from './message.js';
import type { Storage, StorageUnit } from './storage.js';

export interface CommandHandlerOptions<State, Command extends TypedData, Event extends TypedData> {
  decider: Decider<State, Command, Event>;
  /** Loads from and saves snapshots with this policy. */
  snapshot?: SnapshotPolicy<State>;
  /** How many times a command is re-decided on fresh state after a `ConcurrencyError` (default 3). */
  maxRetries?: number;
}

export interface HandleOptions {
  /** Metadata of every appended event: typically `causedBy(commandMessage)`. */
  metadata?: Partial<Metadata>;
  /**
   * The version the caller based its command on (an HTTP `If-Match`, say). When the stream has
   * moved past it the command is refused with a `ConcurrencyError` and never retried: the caller
   * must look again before deciding again.
   */
  expectedVersion?: number;
  /**
   * Run inside this transaction (a message handler's, so its inbox record commits with the
   * events) instead of a new one. Not retried: after a conflict the caller's transaction must roll
   * back as a whole, and the caller retries (a transport redelivers).
   */
  tx?: StorageUnit;
}

export interface HandleResult<State> {
  /** The state after the appended events. */
  state: State;
  /** The appended events as stored; empty when the decider decided nothing. */
  events: StoredEvent[];
  /** The stream's version after the append. */
  version: number;
}

/**
 * Handles one command against one stream: load (from a snapshot), decide, append guarded by the
 * loaded version, snapshot per policy — all in one transaction, so a snapshot never commits without
 * its events. A `RuleViolationError` from `decide` propagates and nothing is written.
 */
export type CommandHandler<State, Command> = (
  storage: Pick<Storage, 'transaction'>,
  streamId: string,
  command: Command,
  options?: HandleOptions,
) => Promise<HandleResult<State>>;

export const createCommandHandler = <State, Command extends TypedData, Event extends TypedData>(
  options: CommandHandlerOptions<State, Command, Event>,
): CommandHandler<State, Command> => {
  const { decider, snapshot, maxRetries = 3 } = options;

  const once = async (unit: StorageUnit, streamId: string, command: Command, handle: HandleOptions): Promise<HandleResult<State>> => {
    const loaded = await loadAggregate(unit, decider, streamId, { snapshot });
    if (handle.expectedVersion !== undefined && handle.expectedVersion !== loaded.version) {
      throw new ConcurrencyError(streamId, handle.expectedVersion, loaded.version);
    }
    const decided = decider.decide(command, loaded.state);
    if (decided.length === 0) return { state: loaded.state, events: [], version: loaded.version };

    const { nextExpectedVersion } = await unit.events.append(
      streamId,
      decided.map((event) => ({ type: event.type, data: event.data, metadata: handle.metadata })),
      { expectedVersion: loaded.version },
    );
    // Read back as stored, so the state is folded from exactly what a later load will see.
    const events = await unit.events.readStream(streamId, { fromVersion: loaded.version + 1, toVersion: nextExpectedVersion });
    const state = evolveAll(decider, events as unknown as Event[], loaded.state);
    if (snapshot) await maybeSnapshot(unit, snapshot, streamId, { state, version: nextExpectedVersion, previousVersion: loaded.version });
    return { state, events, version: nextExpectedVersion };
  };

  return async (storage, streamId, command, handle = {}) => {
    if (handle.tx) return once(handle.tx, streamId, command, handle);
    const retries = handle.expectedVersion === undefined ? maxRetries : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        return await storage.transaction((tx) => once(tx, streamId, command, handle));
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= retries) throw error;
      }
    }
  };
};
