import type { Upstreams } from '../config.js';

/**
 * Whether every upstream is ready: its `GET /ready` answers 200 within `timeoutMs`. Asked anew at
 * each call (an upstream that went away makes the gateway unready again), each base URL once
 * however many modules it serves.
 */
export const upstreamsReady = async (upstreams: Upstreams, timeoutMs = 2_000): Promise<boolean> => {
  const answers = await Promise.all(
    [...new Set(Object.values(upstreams))].map(async (url) => {
      try {
        const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(timeoutMs) });
        await response.body?.cancel();
        return response.status === 200;
      } catch {
        return false;
      }
    }),
  );
  return answers.every(Boolean);
};
