import type { EventStore } from '../event-store.js';

/**
 * The global position of the last event (of `types`, when given), 0 for none.
 *
 * The event store port has no head query, so this gallops and then bisects with one-event
 * `readAll` reads: O(log head) reads, whatever the store's size. Each probe `readAll(p)` returns
 * the first event at or after p, which is enough because positions only grow.
 */
export const headPosition = async (events: EventStore, types?: string[]): Promise<number> => {
  const firstFrom = async (position: number): Promise<number | undefined> =>
    (await events.readAll({ fromPosition: position, limit: 1, types }))[0]?.position;

  const first = await firstFrom(1);
  if (first === undefined) return 0;
  // `low` is always a real event's position; no event is at or above `high`.
  let low = first;
  let high: number | undefined;
  for (let step = 1; high === undefined; step *= 2) {
    const found = await firstFrom(low + step);
    if (found === undefined) high = low + step;
    else low = found;
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const found = await firstFrom(middle);
    if (found === undefined) high = middle;
    else low = found;
  }
  return low;
};
