import { MODULE_NAMES, START_ENV_TWINS } from './config.js';
import { describeExit, startChild, type Child, type ChildExit } from './distributed-child.js';
import { GRPC_PORT_OFFSET, readDistributedConfig, type DistributedConfig } from './distributed-config.js';
import { checkNats, ensureDatabase } from './distributed-services.js';
import { fleetSecret } from './robots/fleet-secret.js';

/*
 * `npm run start:distributed`: MallBots as separate processes on this machine. One `mallbots start`
 * process per module, each on PostgreSQL (a schema of its own in one database: see `schemaFor`)
 * and NATS JetStream (the only way they talk), each on its own HTTP and gRPC port; then a gateway
 * process that serves the whole HTTP API by proxying `/api/<module>` to them. The depot's process
 * runs the simulated shopper bots. Every child's output goes to stdout, each line prefixed with
 * its name.
 *
 * SIGINT (Ctrl-C) or SIGTERM stops every child (SIGTERM, waiting for each to drain) and exits 0;
 * a child that dies on its own stops the others and the launcher exits 1. Settings: see
 * `distributed-config.ts` (flags, or DATABASE_URL, NATS_URL, PORT, ... in the environment).
 */

const LABEL_WIDTH = Math.max(...MODULE_NAMES.map((name) => name.length), 'distributed'.length);
const labelOf = (name: string) => `${name.padEnd(LABEL_WIDTH)} | `;
const write = (line: string) => void process.stdout.write(`${line}\n`);
const say = (line: string) => write(`${labelOf('distributed')}${line}`);

/**
 * PostgreSQL connections of each module's process: ten processes of 5 (and one listening each) use
 * 60 of the server's default 100, leaving room for psql, migrations and a monolith beside them.
 */
const MODULE_POOL_SIZE = 5;

/** How long the children may take to drain after SIGTERM before they are killed. */
const STOP_TIMEOUT_MS = 30_000;

/** The children get every setting as a flag: twins in the launcher's environment must not override them. */
const childEnvironment = (config: DistributedConfig): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  for (const name of START_ENV_TWINS) delete env[name];
  // The environment rather than a flag: a flag would show in `ps`.
  if (config.botSecret) env.MALLBOTS_BOT_SECRET = config.botSecret;
  return env;
};

const moduleArgs = (config: DistributedConfig, module: string, index: number): string[] => {
  const port = (offset: number) => String(config.modulePorts === 0 ? 0 : config.modulePorts + offset);
  return [
    ...['--modules', module, '--host', config.host, '--http-port', port(index), '--grpc-port', port(index + GRPC_PORT_OFFSET)],
    ...['--database', config.database, '--db-pool-size', String(MODULE_POOL_SIZE), '--nats', config.nats, '--data-dir', config.dataDir],
    ...(config.natsPrefix ? ['--nats-prefix', config.natsPrefix] : []),
    ...['--bots', String(module === 'depot' ? config.bots : 0), '--bot-deadline-ms', String(config.botDeadlineMs)],
  ];
};

/** A base URL the gateway can reach: a child listening on every interface is reached on loopback. */
const reachable = (url: string): string => url.replace(/\/\/(0\.0\.0\.0|\[::\])(?=:)/, '//127.0.0.1');

const stoppedCleanly = ({ code, signal }: ChildExit): boolean => code === 0 || signal === 'SIGTERM' || signal === 'SIGINT';

const run = async (): Promise<void> => {
  const config = readDistributedConfig(process.argv.slice(2));
  const children: Child[] = [];
  let stopping = false;

  const stopAll = async (reason: string, failed: boolean): Promise<never> => {
    stopping = true;
    say(reason);
    for (const child of children) child.stop();
    const timer = setTimeout(() => {
      say(`still running after ${STOP_TIMEOUT_MS / 1000} s: killing ${children.filter((child) => child.running).map((child) => child.name).join(', ')}`);
      for (const child of children) child.kill();
    }, STOP_TIMEOUT_MS);
    const exits = await Promise.all(children.map((child) => child.exited));
    clearTimeout(timer);
    const unclean = children.flatMap((child, index) => (stoppedCleanly(exits[index]!) ? [] : [`${child.name} exited ${describeExit(exits[index]!)}`]));
    if (unclean.length > 0) say(`not stopped cleanly: ${unclean.join('; ')}`);
    if (children.length > 0) say('every process has stopped');
    process.exit(failed || unclean.length > 0 ? 1 : 0);
  };
  const once = (reason: string, failed: boolean) => {
    if (!stopping) void stopAll(reason, failed);
  };
  process.on('SIGINT', () => once('SIGINT: stopping every process', false));
  process.on('SIGTERM', () => once('SIGTERM: stopping every process', false));
  // The last resort, should the launcher itself die: no child outlives it.
  process.on('exit', () => children.forEach((child) => child.kill()));

  const launch = (name: string, args: string[]): Child => {
    const child = startChild({ name, label: labelOf(name), args, env: childEnvironment(config), out: write });
    children.push(child);
    void child.exited.then((exit) => once(`the ${name} process exited ${describeExit(exit)}: stopping the others`, true));
    return child;
  };

  try {
    const database = await ensureDatabase(config.database);
    await checkNats(config.nats);
    say(`PostgreSQL ${config.database.replace(/\/\/[^@/]*@/, '//')} (${database === 'created' ? 'created' : 'existing'}), NATS ${config.nats}, prefix ${config.natsPrefix ?? 'mallbots'}`);
    // Made here, once, before the children that read it start at the same moment.
    if (!config.botSecret) fleetSecret({ dataDir: config.dataDir });

    const modules = MODULE_NAMES.map((module, index) => launch(module, moduleArgs(config, module, index)));
    const served = await Promise.all(modules.map((child) => child.serving));
    modules.forEach((child, index) => {
      const { url, grpcAddress } = served[index]!;
      say(`${child.name}: ${url}, gRPC ${grpcAddress} (pid ${child.pid})`);
    });

    const upstreams = MODULE_NAMES.map((module, index) => `${module}=${reachable(served[index]!.url)}`).join(',');
    const gateway = launch('gateway', [
      ...['--modules', 'gateway', '--upstreams', upstreams, '--host', config.host, '--http-port', String(config.httpPort)],
      ...(config.seed ? ['--seed'] : []),
    ]);
    const { url } = await gateway.serving;
    say(`gateway: ${url} (pid ${gateway.pid})`);
    say(`MallBots is serving at ${url} (${MODULE_NAMES.length} modules, each a process of its own, behind the gateway); Ctrl-C stops them all`);
  } catch (error) {
    // A child that died has begun the stop already; anything else begins it here.
    once(error instanceof Error ? error.message : String(error), true);
  }
};

run().catch((error: unknown) => {
  // Only the settings fail before any child exists: nothing to stop.
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
