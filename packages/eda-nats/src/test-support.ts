import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { deleteNatsPrefix } from './delete-prefix.js';

/**
 * Test helpers (not exported by the package). Integration tests need a NATS server with
 * JetStream: `NATS_URL`, or 127.0.0.1:4222. When none answers they fail, loudly, never skip.
 */
export const natsUrl = (): string => process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

/** A connection to the test server, or an error that says what to start. */
export const connectOrFail = async (servers: string = natsUrl()): Promise<NatsConnection> => {
  try {
    return await connect({ servers, timeout: 3000 });
  } catch (error) {
    throw new Error(
      `NATS is not reachable at ${servers} (${error instanceof Error ? error.message : String(error)}): ` +
        'start nats-server with JetStream (`nats-server -js`) or point NATS_URL at one',
    );
  }
};

let reachable: Promise<void> | undefined;

/**
 * Rejects with the loud error of `connectOrFail` when the server is unreachable. Called at the
 * start of every test (once per file it really connects), so each test fails rather than being
 * reported as skipped, which a failing `beforeAll` would do.
 */
export const assertReachable = (): Promise<void> => {
  reachable ??= connectOrFail().then((nc) => nc.close());
  return reachable;
};

/** A prefix no other test uses, so tests running in parallel on one server never meet. */
export const uniquePrefix = (label: string): string =>
  `test-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Deletes everything a test created under `prefix`. */
export const deletePrefix = async (prefix: string): Promise<void> => {
  const nc = await connectOrFail();
  try {
    await deleteNatsPrefix(nc, prefix);
  } finally {
    await nc.close();
  }
};

/** A fresh directory for SQLite files, removed by `cleanup()`. */
export const tempDir = (): { file: (name?: string) => string; cleanup: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'eda-nats-'));
  return {
    file: (name = 'db.sqlite') => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
