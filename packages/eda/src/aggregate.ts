import type { Decider, TypedData } from './decider.js';
import type { StorageUnit } from './storage.js';

interface SnapshotPolicyBase<State> {
  /** Names the snapshot's shape: change it when the state changes shape, and old snapshots are ignored. */
  name: string;
  /**
   * For states that are not plain JSON (a `Date`, a `Map`, a class): what to store. Snapshots go
   * through JSON in every adapter, so without these a non-JSON state loads back changed and
   * snapshot + tail would no longer equal a full replay.
   */
  toSnapshot?: (state: State) => unknown;
  fromSnapshot?: (snapshot: unknown) => State;
}

/**
 * When to save a snapshot after an append: each time the stream's version crosses a multiple of
 * `every` (so an append of several events that jumps over the multiple still snapshots), and/or
 * whenever `when` says so. At least one of the two is required.
 */
export type SnapshotPolicy<State> = SnapshotPolicyBase<State> &
  (
    | { every: number; when?: (state: State, version: number) => boolean }
    | { every?: number; when: (state: State, version: number) => boolean }
  );

export interface LoadAggregateOptions<State> {
  snapshot?: SnapshotPolicy<State>;
  /** Time travel: the state right after this version. */
  asOfVersion?: number;
  /**
   * Time travel: the state from the events that occurred at or before this instant. Snapshots are
   * not used for it: `occurredAt` need not grow with the version, so a snapshot cannot be proven
   * to hold exactly the events up to an instant.
   */
  asOf?: Date;
}

export interface LoadedAggregate<State> {
  state: State;
  /** The version of the last event folded in (0 when none): the expected version of the next append. */
  version: number;
  /** The version of the snapshot the load started from; 0 for a full replay. */
  snapshotVersion: number;
}

type Evolver<State, Event extends TypedData> = Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>;

/**
 * Loads a stream's state: starts from the latest snapshot at or below the requested version (when
 * a policy is given) and folds the events after it. Contract: the result equals a full replay,
 * which is why the snapshot state must round-trip through JSON (see `toSnapshot`).
 *
 * The stored events are handed to `evolve` as the decider's `Event` type; that holds when every
 * event in the stream was produced by this decider (checked at runtime when a registry is set).
 */
export const loadAggregate = async <State, Event extends TypedData>(
  unit: Pick<StorageUnit, 'events' | 'snapshots'>,
  decider: Evolver<State, Event>,
  streamId: string,
  options: LoadAggregateOptions<State> = {},
): Promise<LoadedAggregate<State>> => {
  const { snapshot: policy, asOfVersion, asOf } = options;
  const snapshot =
    policy && !asOf ? await unit.snapshots.load(streamId, policy.name, { maxVersion: asOfVersion }) : undefined;
  let state = snapshot
    ? policy?.fromSnapshot
      ? policy.fromSnapshot(snapshot.state)
      : (snapshot.state as State)
    : decider.initialState();
  let version = snapshot?.version ?? 0;
  const tail = await unit.events.readStream(streamId, { fromVersion: version + 1, toVersion: asOfVersion, asOf });
  for (const event of tail) {
    state = decider.evolve(state, event as unknown as Event);
    version = event.version;
  }
  return { state, version, snapshotVersion: snapshot?.version ?? 0 };
};

/**
 * Saves a snapshot of `state` at `version` when the policy asks for one, given that the stream
 * was at `previousVersion` before the append. Call it in the append's transaction, so the snapshot
 * never runs ahead of the events. Returns whether it saved one.
 */
export const maybeSnapshot = async <State>(
  unit: Pick<StorageUnit, 'snapshots'>,
  policy: SnapshotPolicy<State>,
  streamId: string,
  current: { state: State; version: number; previousVersion: number },
): Promise<boolean> => {
  const { state, version, previousVersion } = current;
  if (policy.every !== undefined && !(Number.isInteger(policy.every) && policy.every > 0)) {
    throw new Error(`snapshot policy ${policy.name}: every must be a positive integer`);
  }
  if (version <= previousVersion) return false;
  const crossed = policy.every !== undefined && Math.floor(version / policy.every) > Math.floor(previousVersion / policy.every);
  if (!crossed && !policy.when?.(state, version)) return false;
  await unit.snapshots.save({
    streamId,
    name: policy.name,
    version,
    state: policy.toSnapshot ? policy.toSnapshot(state) : state,
  });
  return true;
};
