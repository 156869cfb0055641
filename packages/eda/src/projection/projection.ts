import type { StoredEvent } from '../event-store.js';
import type { StorageUnit } from '../storage.js';

/**
 * A read model fed from the global order of the event store.
 *
 * Contract: `apply` writes only through `tx`, so its writes commit with the checkpoint; it sees
 * each event once per build (a failed batch is rolled back and applied again). `reset` removes
 * everything `apply` wrote, for a rebuild.
 */
export interface Projection<Tx extends StorageUnit = StorageUnit> {
  /** Unique: the name of the checkpoint. */
  name: string;
  /** Only these event types are read; all when omitted. */
  eventTypes?: string[];
  apply(event: StoredEvent, tx: Tx): Promise<void>;
  reset?(tx: Tx): Promise<void>;
}

/** Checks and returns a projection; a plain object works too, this only catches mistakes early. */
export const defineProjection = <Tx extends StorageUnit = StorageUnit>(projection: Projection<Tx>): Projection<Tx> => {
  if (!projection.name) throw new Error('a projection needs a name');
  if (projection.eventTypes?.length === 0) throw new Error(`projection "${projection.name}": eventTypes is empty`);
  return projection;
};

/** Checkpoint name of a projection. */
export const checkpointName = (projection: Pick<Projection, 'name'>): string => `projection:${projection.name}`;
