/**
 * What a shopper bot says it did, in one progress report. A bot walks its stops one at a time:
 * `arrived` at a stop, `picked` there, `stopDone`; then `completed` once every stop is done, or
 * `failed` at any time (the list goes back to another bot).
 */
export type ProgressReport =
  | { type: 'started' }
  | { type: 'arrived'; storeId: string }
  | { type: 'picked'; storeId: string; productId: string; quantity: number }
  | { type: 'stopDone'; storeId: string }
  | { type: 'completed' }
  | { type: 'failed'; reason: string };

/**
 * How far the bot holding a list has got, from its reports. Kept for the current assignment only:
 * it starts over when the list is assigned, released or failed (a new bot starts from the top).
 */
export interface Progress {
  /**
   * The sequence number of the last report applied (0 before any). A bot numbers its reports
   * 1, 2, 3… within each assignment, so a repeated one is recognised and one that skips is refused.
   */
  lastSeq: number;
  /** The store of the stop the bot is at; `null` between stops. */
  atStoreId: string | null;
  /** What the bot picked, by store id and then product id. */
  picked: Record<string, Record<string, number>>;
  /** The store ids of the stops done, in the order they were done. */
  stopsDone: string[];
}

export const noProgress = (): Progress => ({ lastSeq: 0, atStoreId: null, picked: {}, stopsDone: [] });

/** What the bot picked of a product at a store so far. */
export const pickedSoFar = (progress: Progress, storeId: string, productId: string): number => progress.picked[storeId]?.[productId] ?? 0;

/** The progress after a stop is reached (its report was number `seq`). */
export const arrive = (progress: Progress, seq: number, storeId: string): Progress => ({ ...progress, lastSeq: seq, atStoreId: storeId });

export const pick = (progress: Progress, seq: number, storeId: string, productId: string, quantity: number): Progress => ({
  ...progress,
  lastSeq: seq,
  picked: { ...progress.picked, [storeId]: { ...progress.picked[storeId], [productId]: pickedSoFar(progress, storeId, productId) + quantity } },
});

/** The bot leaves the stop: it is done and the bot is between stops. */
export const finishStop = (progress: Progress, seq: number, storeId: string): Progress => ({
  ...progress,
  lastSeq: seq,
  atStoreId: null,
  stopsDone: [...progress.stopsDone, storeId],
});
