import { migrateMallbots, startMallbots } from './app.js';
import { readConfig } from './config.js';
import { seedDemo } from './seed.js';

const usage = `usage: mallbots start [--host H] [--http-port P] [--data-dir D] [--database URL] [--nats URL] [--modules a,b] [--seed]
       mallbots migrate [--data-dir D] [--database URL]

  start     runs the modules (all by default) and the HTTP API, on the embedded SQLite database
            under --data-dir or on PostgreSQL (--database); --nats sends the messages over NATS
            JetStream; --seed fills a fresh database with demo stores, products and customers.
  migrate   brings the database's tables up to date (start does it too) and exits.`;

const main = async (): Promise<void> => {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'migrate') {
    const config = readConfig(args);
    const modules = await migrateMallbots(config);
    console.log(`migrated ${config.database ? 'the PostgreSQL database' : `${config.dataDir}/mallbots.db`}: the toolkit and ${modules.join(', ')}`);
    return;
  }
  if (command !== 'start') {
    console.error(usage);
    process.exit(command === undefined || command === 'help' || command === '--help' ? 0 : 2);
  }
  const config = readConfig(args);
  const app = await startMallbots(config);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping intake, draining handlers`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  if (config.seed) {
    try {
      const seeded = await seedDemo(app.url);
      console.log(seeded ? `seeded demo data: ${seeded}` : 'the database already has stores: not seeding');
    } catch (error) {
      // A stop during the seed cuts it short; that is no failure of the seed.
      if (!stopping) throw error;
    }
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
