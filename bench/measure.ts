/**
 * One figure of the benchmark next to its baseline. `ratio` is higher-is-better: value / baseline
 * for rates, baseline / value for times (see `figure`).
 */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
}

/**
 * Runs `op` repeatedly for at least `minMs` (after a short warm-up) and returns operations per
 * second. `op` returns how many operations one call did (e.g. rows appended).
 */
export const rate = async (op: () => number | Promise<number>, minMs = 1500): Promise<number> => {
  const warmUntil = performance.now() + minMs / 5;
  while (performance.now() < warmUntil) await op();
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    done += await op();
    elapsed = performance.now() - start;
  }
  return (done * 1000) / elapsed;
};

/** Median duration in milliseconds of `runs` calls of `op`. */
export const medianMs = async (op: () => unknown, runs = 7): Promise<number> => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await op();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
};

/** A figure; `lowerIsBetter` for times, so that its ratio is the speed-up over the baseline. */
export const figure = (name: string, value: number, unit: string, baseline: number, lowerIsBetter = false): Figure => ({
  name,
  value: Number(value.toPrecision(4)),
  unit,
  baseline: Number(baseline.toPrecision(4)),
  ratio: Number((lowerIsBetter ? baseline / value : value / baseline).toPrecision(4)),
});
