import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAggregate, type Decider } from '@mallbots/eda';
import { createSqliteBackend } from '@mallbots/eda-sqlite';
import { figure, medianMs, type Figure } from './measure.js';

type Counted = { type: 'bench.Counted'; data: { by: number } };
const counter: Decider<{ total: number }, never, Counted> = {
  initialState: () => ({ total: 0 }),
  evolve: (state, event) => ({ total: state.total + event.data.by }),
  decide: () => [],
};

/**
 * Loading a 10,000-event stream by full replay, and from a snapshot at its last version. The
 * figure's ratio is the speed-up (replay time / snapshot load time).
 */
export const loadFigure = async (): Promise<Figure> => {
  const dir = mkdtempSync(join(tmpdir(), 'mallbots-bench-'));
  const backend = createSqliteBackend({ file: join(dir, 'store.db'), durability: 'normal' });
  try {
    const streamId = 'counter-1';
    for (let i = 0; i < 100; i++) {
      const events = Array.from({ length: 100 }, () => ({ type: 'bench.Counted', data: { by: 1 } }));
      await backend.storage.events.append(streamId, events, { expectedVersion: i * 100 });
    }
    const state = { total: 10_000 };
    await backend.storage.snapshots.save({ streamId, name: 'counter@1', version: 10_000, state });
    const snapshot = { name: 'counter@1', every: 1000 };

    const replay = await loadAggregate(backend.storage, counter, streamId);
    const fromSnapshot = await loadAggregate(backend.storage, counter, streamId, { snapshot });
    if (replay.state.total !== 10_000 || fromSnapshot.state.total !== 10_000 || fromSnapshot.snapshotVersion !== 10_000) {
      throw new Error('the load benchmark did not load what it wrote');
    }
    const replayMs = await medianMs(() => loadAggregate(backend.storage, counter, streamId));
    const snapshotMs = await medianMs(() => loadAggregate(backend.storage, counter, streamId, { snapshot }));
    return figure('load a 10,000-event stream from a snapshot (baseline: full replay)', snapshotMs, 'ms', replayMs, true);
  } finally {
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
