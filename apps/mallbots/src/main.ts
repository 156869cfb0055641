import pino from 'pino';
import { migrateMallbots, startGateway, startMallbots, type RunningGateway } from './app.js';
import { botsConfigSchema, readBotsConfig, readConfig, schemaFor } from './config.js';
import type { ServingMessage } from './distributed-child.js';
import { fleetSecret } from './robots/fleet-secret.js';
import { startSimulatedBots } from './robots/simulator.js';
import { seedDemo } from './seed.js';

const usage = `usage: mallbots start [--host H] [--http-port P] [--grpc-port P] [--data-dir D] [--database URL]
                      [--db-pool-size N] [--nats URL] [--nats-prefix P] [--modules a,b|all|gateway] [--gateway]
                      [--upstreams module=URL,...] [--bots N] [--bot-secret S] [--bot-deadline-ms MS] [--seed]
       mallbots bots [--count N] [--server host:port] [--data-dir D] [--bot-secret S] [--id-prefix P]
                     [--stop-ms MS] [--item-ms MS] [--failure-rate 0..1] [--disconnect-rate 0..1]
       mallbots migrate [--data-dir D] [--database URL] [--modules a,b]

  start     runs the modules (all by default), the HTTP API and the gRPC services, on the embedded
            SQLite database under --data-dir or on PostgreSQL (--database, with --db-pool-size
            connections, 10 by default: all modules in schema mallbots, a subset in a schema of its
            own, e.g. mallbots_stores); --nats sends the messages over NATS JetStream (streams
            named by --nats-prefix, default mallbots), which processes running different modules
            need to talk; --bots N simulated shopper bots (3 by default) shop the orders in the
            process running depot; --seed fills a fresh database with demo stores, products and
            customers once the process is ready.
            --modules gateway (or --gateway next to modules) serves the HTTP API of the modules
            that run elsewhere by proxying /api/<module> to --upstreams (MALLBOTS_UPSTREAMS), e.g.
            stores=http://127.0.0.1:8101,customers=http://127.0.0.1:8102; a gateway alone needs
            no database, and its /ready answers 200 when every upstream's does.
  bots      connects simulated shopper bots to a running depot's gRPC API (tokens from the fleet
            secret: --bot-secret, or the one kept in --data-dir).
  migrate   brings the database's tables up to date (start does it too) and exits; --modules
            migrates those modules, in their schema on PostgreSQL.

  npm run start:distributed starts every module as a process of its own, with a gateway (see
  apps/mallbots/src/distributed.ts).`;

/** Runs until SIGTERM or SIGINT, then `stop` (once) and exits 0, or 1 if stopping failed. */
const onSignal = (stop: (signal: string) => Promise<void>): { readonly stopping: boolean } => {
  let stopping = false;
  const handle = (signal: string) => {
    if (stopping) return;
    stopping = true;
    stop(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => handle('SIGTERM'));
  process.on('SIGINT', () => handle('SIGINT'));
  return {
    get stopping() {
      return stopping;
    },
  };
};

const logger = () => pino({ level: process.env.LOG_LEVEL ?? 'info' });

/** Resolves once `url` answers `GET /ready` with 200, or when `stopping` turns true (then false). */
const untilReady = async (url: string, stopping: () => boolean): Promise<boolean> => {
  for (;;) {
    if (stopping()) return false;
    const ready = await fetch(`${url}/ready`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

const start = async (args: string[]): Promise<void> => {
  const config = readConfig(args);
  const app: RunningGateway & { grpcAddress?: string } =
    config.modules.length === 0 ? await startGateway(config) : await startMallbots(config);
  const bots =
    config.bots > 0 && config.modules.includes('depot') && app.grpcAddress
      ? startSimulatedBots({
          ...botsConfigSchema.parse({}),
          count: config.bots,
          idPrefix: 'kiosk-bot',
          server: app.grpcAddress,
          secret: fleetSecret({ secret: config.botSecret, dataDir: config.dataDir }),
          logger: logger(),
        })
      : undefined;
  const signals = onSignal(async (signal) => {
    console.log(`${signal}: stopping intake, draining handlers`);
    await bots?.stop();
    await app.close();
  });
  // A launcher (`distributed.ts`) that started this process learns where it serves.
  process.send?.({ type: 'serving', url: app.url, grpcAddress: app.grpcAddress } satisfies ServingMessage);
  if (config.seed && (await untilReady(app.url, () => signals.stopping))) {
    try {
      const seeded = await seedDemo(app.url);
      console.log(seeded ? `seeded demo data: ${seeded}` : 'the database already has stores: not seeding');
    } catch (error) {
      // A stop during the seed cuts it short; that is no failure of the seed.
      if (!signals.stopping) throw error;
    }
  }
};

const bots = (args: string[]): void => {
  const { dataDir, botSecret, ...config } = readBotsConfig(args);
  const fleet = startSimulatedBots({
    ...config,
    secret: fleetSecret({ secret: botSecret, dataDir }),
    logger: logger(),
    // All bots share the secret: one refusal means none will get in.
    onRefused(details) {
      console.error(`the depot refused the bots: ${details} (--bot-secret, or the secret in ${dataDir}, must be the depot's)`);
      void fleet.stop().then(() => process.exit(1));
    },
  });
  onSignal(() => fleet.stop());
};

const main = async (): Promise<void> => {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'migrate') {
    const config = readConfig(args);
    if (config.modules.length === 0) throw new Error('a gateway has no tables: give --modules the modules to migrate');
    const modules = await migrateMallbots(config);
    const where = config.database ? `schema ${schemaFor(config.modules)} of the PostgreSQL database` : `${config.dataDir}/mallbots.db`;
    console.log(`migrated ${where}: the toolkit and ${modules.join(', ')}`);
  } else if (command === 'start') {
    await start(args);
  } else if (command === 'bots') {
    bots(args);
  } else {
    console.error(usage);
    process.exit(command === undefined || command === 'help' || command === '--help' ? 0 : 2);
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
