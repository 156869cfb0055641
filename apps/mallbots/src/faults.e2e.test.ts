import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTcpProxy } from '@mallbots/eda/testing';
import pg from 'pg';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startMallbots, type RunningMallbots } from './app.js';
import { MODULE_NAMES } from './config.js';
import { apiClient, eventually, ready, type ApiClient } from './testing/app-harness.js';
import { createTestPrefix } from './testing/nats-test-prefix.js';
import { createTestDatabase } from './testing/postgres-test-database.js';
import { authorizePayment, checkout, createCatalog, getOrder, orderReaches, registerCustomer, type Catalog } from './testing/shop.js';

/** How long the saga of an order may take once its messages flow again (the outbox relay backs off up to 5 s). */
const APPROVAL_MS = 20_000;

/**
 * The application on PostgreSQL (and NATS) while one of them goes away under it. The shared
 * servers are never stopped (other tests use them meanwhile): the application reaches the one that
 * fails through a TCP proxy of its own (`startTcpProxy`), which goes down and comes back; the test
 * inspects the database through a direct connection.
 */
describe('the application when a server goes away', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /**
   * A fresh database and JetStream prefix, the application started on them with `through` in
   * front of PostgreSQL or NATS, and a direct connection for inspecting the database.
   */
  const startApp = async (options: { nats: boolean; through: 'postgres' | 'nats' }) => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const nats = options.nats ? await createTestPrefix() : undefined;
    if (nats) cleanups.push(() => nats.drop());
    const proxy = await startTcpProxy(options.through === 'postgres' ? database.url : nats!.url);
    cleanups.push(() => proxy.close());
    const inspect = new pg.Pool({ connectionString: database.url, max: 2 });
    inspect.on('error', () => undefined);
    cleanups.push(() => inspect.end());
    const dataDir = mkdtempSync(join(tmpdir(), 'mallbots-faults-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const start = () =>
      startMallbots({
        host: '127.0.0.1',
        httpPort: 0,
        grpcPort: 0,
        dataDir,
        database: options.through === 'postgres' ? proxy.url : database.url,
        nats: nats && (options.through === 'nats' ? proxy.url : nats.url),
        natsPrefix: nats?.prefix,
        modules: [...MODULE_NAMES],
        logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      });
    const app: RunningMallbots = await start();
    // Closed before the proxy and the database go (cleanups run in reverse).
    cleanups.push(() => app.close());
    const api = apiClient(() => app.url);
    await ready(api);
    return { api, proxy, inspect };
  };

  /** Waits until the order is `status` (a saga across several modules: longer than `orderReaches` waits by default). */
  const reaches = (api: ApiClient, orderId: string, status: string) => orderReaches(api, orderId, status, APPROVAL_MS);

  /** The notification kinds the customer got about the order, once its creation has been notified. */
  const notified = (api: ApiClient, customerId: string, orderId: string) =>
    eventually(`the notification of order ${orderId}`, async () => {
      const { notifications } = await api.ok<{ notifications: { kind: string; orderId: string }[] }>('GET', `/api/notifications?customerId=${customerId}`);
      const kinds = notifications.filter((n) => n.orderId === orderId).map((n) => n.kind);
      return kinds.length > 0 ? kinds : undefined;
    });

  /** A customer with an authorization large enough for one order of `catalog`. */
  const customerFor = async (api: ApiClient, catalog: Catalog, name: string) => {
    const customerId = await registerCustomer(api, name);
    return { customerId, paymentId: await authorizePayment(api, customerId, catalog.price * 2) };
  };

  it('keeps taking checkouts while NATS is unreachable, loses none, and approves them once NATS is back', async () => {
    const { api, proxy, inspect } = await startApp({ nats: true, through: 'nats' });
    /** Records in the outbox that the relay has not published yet. */
    const unrelayed = async () =>
      (
        await inspect.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM mallbots.log_records r
             LEFT JOIN mallbots.log_groups g ON g.group_name = 'outbox-relay' AND g.topic = r.topic
            WHERE g.cursor IS NULL OR (r.position > g.cursor AND r.position <> ALL (g.done))`,
        )
      ).rows[0]!.n;
    const catalog = await createCatalog(api, 5);
    const customers = await Promise.all(['Ada', 'Bo', 'Cy'].map((name) => customerFor(api, catalog, name)));
    // The baskets' copy of the catalog travels by NATS: the first order is placed (and approved) before the outage.
    const before = await checkout(api, customers[0]!.customerId, customers[0]!.paymentId, catalog);
    await reaches(api, before, 'approved');
    await eventually('the outbox relayed', async () => ((await unrelayed()) === 0 ? true : undefined));

    await proxy.down();
    const during: string[] = [];
    let backlog = 0;
    for (const { customerId, paymentId } of customers.slice(1)) {
      // `checkout` fails the test unless every step answers 200.
      during.push(await checkout(api, customerId, paymentId, catalog));
      const now = await unrelayed();
      expect(now, 'the outbox grows with every checkout').toBeGreaterThan(backlog);
      backlog = now;
    }
    // Nothing got through: the ordering module has not heard of the checkouts.
    for (const orderId of during) expect(await getOrder(api, orderId)).toBeUndefined();
    expect(await unrelayed()).toBeGreaterThanOrEqual(backlog);
    await proxy.restore();

    for (const orderId of during) await reaches(api, orderId, 'approved');
    await eventually('the outbox drained', async () => ((await unrelayed()) === 0 ? true : undefined), APPROVAL_MS);
    // Each order's effects once: one text for its creation.
    for (const [index, orderId] of [before, ...during].entries()) {
      expect(await notified(api, customers[index]!.customerId, orderId)).toEqual(['order-created']);
    }
    expect(proxy.connections, 'the application reconnected through the proxy').toBeGreaterThanOrEqual(2);
  }, 45_000);

  describe.each([
    ['PostgreSQL alone', false],
    ['PostgreSQL with NATS', true],
  ] as const)('on %s', (_name, nats) => {
    it('answers 503 while PostgreSQL restarts, never crashes, and works afterwards without a restart of its own', async () => {
      const { api, proxy } = await startApp({ nats, through: 'postgres' });
      const catalog = await createCatalog(api, 5);
      const ada = await customerFor(api, catalog, 'Ada');
      const bo = await customerFor(api, catalog, 'Bo');
      // Placed right before the restart: its saga is under way when every connection dies.
      const before = await checkout(api, ada.customerId, ada.paymentId, catalog);

      await proxy.down();
      for (const [method, path, body] of [
        ['GET', `/api/ordering/${before}`, undefined],
        ['POST', '/api/customers', { name: 'Cy', smsNumber: '+1 555 0100' }],
        ['POST', '/api/baskets', { customerId: bo.customerId }],
      ] as const) {
        const response = await api.call(method, path, body);
        expect(response.status, `${method} ${path} while PostgreSQL is down`).toBe(503);
        expect(response.body).toEqual({ code: 503, message: 'the database cannot be reached; try again shortly' });
      }
      // A few seconds down, as a restart is: background work fails and retries meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await proxy.restore();

      await reaches(api, before, 'approved');
      const after = await checkout(api, bo.customerId, bo.paymentId, catalog);
      await reaches(api, after, 'approved');
      expect(await notified(api, ada.customerId, before)).toEqual(['order-created']);
      expect(await notified(api, bo.customerId, after)).toEqual(['order-created']);
      await ready(api);
    }, 45_000);
  });
});
