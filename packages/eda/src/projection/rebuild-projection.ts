import type { Storage, StorageUnit } from '../storage.js';
import { applyNextBatch } from './apply-batch.js';
import { checkpointName, type Projection } from './projection.js';

export interface RebuildProgress {
  /** The checkpoint after the last batch. */
  position: number;
  /** The last event's position when the rebuild started; events appended since are applied too, so `position` may pass it. */
  lastPosition: number;
  /** Events applied so far. */
  processed: number;
}

export interface RebuildOptions {
  /** Events applied per transaction (default 500). */
  batchSize?: number;
  /** Called after each batch has committed. */
  onProgress?(progress: RebuildProgress): void;
}

/**
 * Rebuilds a projection from the first event: `reset` and the checkpoint's deletion commit in one
 * transaction, then the whole history is applied in batches (each with its checkpoint) until the
 * end of the global order. Resolves with the final progress.
 *
 * Stop the projection's runner first; start it again afterwards and it follows from where the
 * rebuild ended. While it runs, readers see the read model partly rebuilt.
 */
export const rebuildProjection = async <Tx extends StorageUnit>(
  storage: Storage<Tx>,
  projection: Projection<Tx>,
  options: RebuildOptions = {},
): Promise<RebuildProgress> => {
  const { reset } = projection;
  if (!reset) throw new Error(`projection "${projection.name}" has no reset: it cannot be rebuilt`);
  const batchSize = options.batchSize ?? 500;
  const lastPosition = await storage.events.lastPosition();
  await storage.transaction(async (tx) => {
    await reset.call(projection, tx);
    await tx.checkpoints.delete(checkpointName(projection));
  });
  const progress: RebuildProgress = { position: 0, lastPosition, processed: 0 };
  for (;;) {
    const batch = await applyNextBatch(storage, projection, progress.position, batchSize);
    if (batch.moved) {
      throw new Error(`projection "${projection.name}": its checkpoint moved during the rebuild; stop its runner first`);
    }
    if (batch.applied === 0) return progress;
    progress.position = batch.position;
    progress.processed += batch.applied;
    options.onProgress?.({ ...progress });
  }
};
