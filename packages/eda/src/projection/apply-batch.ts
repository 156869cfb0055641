import type { Storage, StorageUnit } from '../storage.js';
import { checkpointName, type Projection } from './projection.js';

export interface BatchResult {
  /** Events applied: 0 when the projection had caught up or its checkpoint had moved. */
  applied: number;
  /** The checkpoint after the batch. */
  position: number;
  /** True when the checkpoint was not at `after` (another runner moved it): nothing was applied. */
  moved: boolean;
}

/**
 * Reads the next batch after `after` and applies it with the checkpoint in one transaction, so the
 * read model never runs ahead of or behind its checkpoint, even when `apply` throws. The stored
 * checkpoint is checked inside the transaction, so a batch is not applied twice by two runners.
 */
export const applyNextBatch = async <Tx extends StorageUnit>(
  storage: Storage<Tx>,
  projection: Projection<Tx>,
  after: number,
  batchSize: number,
): Promise<BatchResult> => {
  const events = await storage.events.readAll({ fromPosition: after + 1, limit: batchSize, types: projection.eventTypes });
  const last = events.at(-1);
  if (!last) return { applied: 0, position: after, moved: false };
  const name = checkpointName(projection);
  return storage.transaction(async (tx) => {
    const stored = (await tx.checkpoints.get(name)) ?? 0;
    if (stored !== after) return { applied: 0, position: stored, moved: true };
    for (const event of events) await projection.apply(event, tx);
    await tx.checkpoints.set(name, last.position);
    return { applied: events.length, position: last.position, moved: false };
  });
};
