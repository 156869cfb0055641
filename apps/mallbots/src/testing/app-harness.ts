import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startMallbots, type RunningMallbots } from '../app.js';
import { MODULE_NAMES, type ModuleName } from '../config.js';

/** What a call to the API answered. */
export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/** The running application as an end-to-end test drives it: over HTTP only. */
export interface AppHarness {
  readonly url: string;
  readonly dataDir: string;
  readonly app: RunningMallbots;
  /** Any JSON request; `raw` sends the body as it is (malformed JSON, say). */
  call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, options?: { raw?: boolean }): Promise<ApiResponse<T>>;
  /** Like `call`, but fails the test unless the answer is 200. */
  ok<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  /** Stops the application and starts it again on the same data directory (a restart). */
  restart(): Promise<void>;
  /** Stops the application and removes its data. */
  close(): Promise<void>;
}

/** Starts the real application on a free port with a temporary data directory. */
export const startTestApp = async (options: { modules?: readonly ModuleName[] } = {}): Promise<AppHarness> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mallbots-e2e-'));
  const start = () =>
    startMallbots({
      host: '127.0.0.1',
      httpPort: 0,
      dataDir,
      modules: [...(options.modules ?? MODULE_NAMES)],
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    });
  let app = await start();
  const harness: AppHarness = {
    get url() {
      return app.url;
    },
    dataDir,
    get app() {
      return app;
    },
    async call<T>(method: string, path: string, body?: unknown, callOptions: { raw?: boolean } = {}) {
      const response = await fetch(`${app.url}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : callOptions.raw ? String(body) : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
    },
    async ok<T>(method: string, path: string, body?: unknown) {
      const response = await harness.call<T>(method, path, body);
      if (response.status !== 200) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
      return response.body;
    },
    async restart() {
      await app.close();
      app = await start();
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
};

/** Polls `probe` until it returns a value (not undefined) or the deadline passes. */
export const eventually = async <T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
