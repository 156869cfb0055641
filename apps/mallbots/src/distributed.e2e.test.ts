import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULE_NAMES } from './config.js';
import { apiClient, eventually } from './testing/app-harness.js';
import { createTestPrefix } from './testing/nats-test-prefix.js';
import { createTestDatabase } from './testing/postgres-test-database.js';
import { authorizePayment, checkout, createCatalog, orderReaches, registerCustomer } from './testing/shop.js';

const launcherMain = join(import.meta.dirname, 'distributed.ts');

/** Eleven processes start on a CI machine of two cores: every wait here is generous. */
const STARTUP_MS = 180_000;
const STEP_MS = 60_000;

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};


describe('npm run start:distributed: every module a process of its own, on PostgreSQL and NATS, behind a gateway', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let nats: Awaited<ReturnType<typeof createTestPrefix>>;
  let dataDir: string;
  let launcher: ChildProcess | undefined;
  const output: string[] = [];
  const pids: number[] = [];
  let exited: Promise<number | null>;

  beforeAll(async () => {
    database = await createTestDatabase();
    nats = await createTestPrefix();
    dataDir = mkdtempSync(join(tmpdir(), 'mallbots-distributed-'));
  });

  afterAll(async () => {
    // A failed test leaves them running: the launcher stops them; anything left is killed.
    if (launcher && launcher.exitCode === null && launcher.signalCode === null) {
      launcher.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
      launcher.kill('SIGKILL');
    }
    for (const pid of pids.filter(isRunning)) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    await database.drop();
    await nats.drop();
  }, 60_000);

  /** Resolves with the first line of the launcher's own that `pattern` matches; fails at once, with its output, if it exits first. */
  const launcherSays = (pattern: RegExp): Promise<RegExpExecArray> =>
    Promise.race([
      eventually(
        `the launcher to say ${pattern}`,
        async () => output.map((line) => (line.startsWith('distributed ') ? pattern.exec(line) : null)).find((match) => match !== null) ?? undefined,
        STARTUP_MS,
      ),
      exited.then((code) => {
        throw new Error(`the launcher exited with ${code}:\n${output.slice(-40).join('\n')}`);
      }),
    ]);

  it('runs the order lifecycle across the processes, and SIGTERM stops every one of them with exit code 0', { timeout: 600_000 }, async () => {
    launcher = spawn(process.execPath, ['--import', 'tsx', launcherMain], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        NATS_URL: nats.url,
        MALLBOTS_NATS_PREFIX: nats.prefix,
        PORT: '0',
        MALLBOTS_MODULE_PORTS: '0',
        MALLBOTS_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = launcher;
    exited = new Promise((resolve) => started.once('exit', (code) => resolve(code)));
    for (const stream of [started.stdout!, started.stderr!]) createInterface({ input: stream }).on('line', (line) => output.push(line));

    const [, url] = await launcherSays(/MallBots is serving at (\S+) /);
    for (const line of output) {
      const pid = /^distributed +\| .*\(pid (\d+)\)$/.exec(line)?.[1];
      if (pid) pids.push(Number(pid));
    }
    expect(pids).toHaveLength(MODULE_NAMES.length + 1);
    // shop.ts's helpers use the client's `call` and `ok` only.
    const api = apiClient(() => url!);
    await eventually('the gateway ready', async () => ((await api.call('GET', '/ready')).status === 200 ? true : undefined), STEP_MS);

    const catalog = await createCatalog(api, 9.99);
    const customerId = await registerCustomer(api);
    const orderId = await checkout(api, customerId, await authorizePayment(api, customerId, 19.98), catalog, 2);
    const approved = await orderReaches(api, orderId, 'approved', STEP_MS);
    expect(approved).toMatchObject({ customerId, total: 19.98 });
    // The depot's process runs the shopper bots: nobody assigns or completes the list over HTTP.
    await orderReaches(api, orderId, 'ready', STEP_MS);
    expect((await api.ok<{ shoppingList: { status: string } }>('GET', `/api/depot/shopping/${approved.shoppingId}`)).shoppingList.status).toBe('completed');
    await eventually('the invoice', async () => ((await api.call('GET', `/api/payments/invoices/${orderId}`)).status === 200 ? true : undefined), STEP_MS);
    await api.ok('PUT', `/api/payments/invoices/${orderId}/pay`);
    expect(await orderReaches(api, orderId, 'completed', STEP_MS)).toMatchObject({ invoiceId: orderId });

    const disabled = await registerCustomer(api, 'Disabled Dan');
    const paymentId = await authorizePayment(api, disabled, 100);
    await api.ok('PUT', `/api/customers/${disabled}/disable`);
    const rejected = await orderReaches(api, await checkout(api, disabled, paymentId, catalog, 1), 'rejected', STEP_MS);
    expect(rejected.shoppingId).toBe('');

    // Each process keeps its state in a schema of its own, and its outbox holds what it wrote only;
    // consumers follow JetStream, so each schema's log has no consumer group but its relay's.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const schemas = await client.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'mallbots%' ORDER BY nspname");
      expect(schemas.rows.map((row) => row.nspname)).toEqual(MODULE_NAMES.map((name) => `mallbots_${name}`).sort());
      const topics = await client.query('SELECT DISTINCT topic FROM mallbots_stores.log_records');
      expect(topics.rows.length).toBeGreaterThan(0);
      for (const { topic } of topics.rows) expect(topic).toMatch(/^mallbots\.stores\./);
      for (const name of MODULE_NAMES) {
        const groups = await client.query(`SELECT DISTINCT group_name FROM mallbots_${name}.log_groups WHERE group_name <> 'outbox-relay'`);
        expect(groups.rows).toEqual([]);
      }
    } finally {
      await client.end();
    }

    started.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('distributed   | every process has stopped');
    expect(pids.filter(isRunning)).toEqual([]);
  });
});
