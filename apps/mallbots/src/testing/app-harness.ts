import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startMallbots, type RunningMallbots } from '../app.js';
import { MODULE_NAMES, type ModuleName, type Upstreams } from '../config.js';
import { createTestPrefix } from './nats-test-prefix.js';
import { createTestDatabase } from './postgres-test-database.js';

/** What a call to the API answered. */
export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/** An HTTP client of the MallBots API at one base URL. */
export interface ApiClient {
  readonly url: string;
  /** Any JSON request; `raw` sends the body as it is (malformed JSON, say). */
  call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, options?: { raw?: boolean }): Promise<ApiResponse<T>>;
  /** Like `call`, but fails the test unless the answer is 200. */
  ok<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
}

/** A client of the API at `url()` (a function: an application restarted on another port moves). */
export const apiClient = (url: () => string): ApiClient => {
  const client: ApiClient = {
    get url() {
      return url();
    },
    async call<T>(method: string, path: string, body?: unknown, options: { raw?: boolean } = {}) {
      const response = await fetch(`${url()}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : options.raw ? String(body) : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
    },
    async ok<T>(method: string, path: string, body?: unknown) {
      const response = await client.call<T>(method, path, body);
      if (response.status !== 200) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
      return response.body;
    },
  };
  return client;
};

/** The running application as an end-to-end test drives it: over HTTP only. */
export interface AppHarness extends ApiClient {
  readonly dataDir: string;
  readonly app: RunningMallbots;
  /**
   * Stops the application and starts it again on the same data directory (a restart), with the
   * same modules or with `modules` (a module added to an application that ran without it).
   */
  restart(options?: { modules?: readonly ModuleName[] }): Promise<void>;
  /** Stops the application and removes its data. */
  close(): Promise<void>;
}

/**
 * Where a test application keeps its state and how its messages travel: the embedded SQLite
 * default, a PostgreSQL database of its own, or that database with NATS JetStream (a prefix of its own).
 */
export type TestBackend = 'sqlite' | 'postgres' | 'postgres+nats';

/**
 * Starts the real application on a free port with a temporary data directory, and with a
 * PostgreSQL `backend` on a fresh database (and JetStream prefix) that `close` drops. With
 * `upstreams`, its HTTP gateway also proxies the modules that run there.
 */
export const startTestApp = async (
  options: { modules?: readonly ModuleName[]; backend?: TestBackend; botDeadlineMs?: number; upstreams?: Upstreams } = {},
): Promise<AppHarness> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mallbots-e2e-'));
  const database = options.backend?.startsWith('postgres') ? await createTestDatabase() : undefined;
  const nats = options.backend === 'postgres+nats' ? await createTestPrefix() : undefined;
  let modules = options.modules ?? MODULE_NAMES;
  const start = () =>
    startMallbots({
      host: '127.0.0.1',
      httpPort: 0,
      grpcPort: 0,
      botDeadlineMs: options.botDeadlineMs,
      dataDir,
      database: database?.url,
      nats: nats?.url,
      natsPrefix: nats?.prefix,
      modules: [...modules],
      upstreams: options.upstreams,
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    });
  let app = await start();
  const client = apiClient(() => app.url);
  const harness: AppHarness = {
    get url() {
      return app.url;
    },
    dataDir,
    get app() {
      return app;
    },
    call: client.call,
    ok: client.ok,
    async restart(restartOptions = {}) {
      await app.close();
      modules = restartOptions.modules ?? modules;
      app = await start();
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      await database?.drop();
      await nats?.drop();
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

/** Resolves once the application answers `GET /ready`: every consumer has caught up with what was published before it started. */
export const ready = (api: ApiClient): Promise<true> =>
  eventually('ready', async () => ((await api.call('GET', '/ready')).status === 200 ? true : undefined));
