import pino from 'pino';
import { migrateMallbots, startMallbots } from './app.js';
import { botsConfigSchema, readBotsConfig, readConfig } from './config.js';
import { fleetSecret } from './robots/fleet-secret.js';
import { startSimulatedBots } from './robots/simulator.js';
import { seedDemo } from './seed.js';

const usage = `usage: mallbots start [--host H] [--http-port P] [--grpc-port P] [--data-dir D] [--database URL] [--nats URL]
                      [--modules a,b] [--bots N] [--bot-secret S] [--bot-deadline-ms MS] [--seed]
       mallbots bots [--count N] [--server host:port] [--data-dir D] [--bot-secret S] [--id-prefix P]
                     [--stop-ms MS] [--item-ms MS] [--failure-rate 0..1] [--disconnect-rate 0..1]
       mallbots migrate [--data-dir D] [--database URL]

  start     runs the modules (all by default), the HTTP API and the gRPC services, on the embedded
            SQLite database under --data-dir or on PostgreSQL (--database); --nats sends the
            messages over NATS JetStream; --bots N simulated shopper bots (3 by default) shop the
            orders in the same process; --seed fills a fresh database with demo stores, products
            and customers.
  bots      connects simulated shopper bots to a running depot's gRPC API (tokens from the fleet
            secret: --bot-secret, or the one kept in --data-dir).
  migrate   brings the database's tables up to date (start does it too) and exits.`;

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

const start = async (args: string[]): Promise<void> => {
  const config = readConfig(args);
  const app = await startMallbots(config);
  const bots =
    config.bots > 0 && config.modules.includes('depot')
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
  if (config.seed) {
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
    const modules = await migrateMallbots(config);
    console.log(`migrated ${config.database ? 'the PostgreSQL database' : `${config.dataDir}/mallbots.db`}: the toolkit and ${modules.join(', ')}`);
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
