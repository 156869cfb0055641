import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MessageRegistry } from '@mallbots/eda';
import pino, { type Logger } from 'pino';
import { DEFAULT_BOT_DEADLINE_MS, MODULE_NAMES, schemaFor, type MallbotsConfig, type ModuleName } from './config.js';
import { allTopics, registerContracts } from './contracts.js';
import { startGrpcServer } from './gateway/grpc-server.js';
import { proxiedModules } from './gateway/proxy.js';
import { createHttpServer } from './gateway/server.js';
import { upstreamsReady } from './gateway/upstream-readiness.js';
import { allModules } from './modules.js';
import type { AppDatabase } from './platform/database.js';
import type { HttpApp } from './platform/http.js';
import { migrateModule } from './platform/migrate.js';
import type { MallModule, RunningModule } from './platform/module.js';
import { createMetrics } from './platform/metrics.js';
import { withNatsTransport } from './platform/nats-database.js';
import { createReadiness } from './platform/readiness.js';
import { openPostgresDatabase } from './platform/postgres-database.js';
import { openSqliteDatabase } from './platform/sqlite-database.js';
import { fleetSecret } from './robots/fleet-secret.js';

export interface StartOptions
  extends Pick<MallbotsConfig, 'host' | 'httpPort' | 'grpcPort' | 'dataDir' | 'modules' | 'database' | 'nats'>,
    Partial<Pick<MallbotsConfig, 'botSecret' | 'botDeadlineMs' | 'upstreams' | 'dbPoolSize'>> {
  /** Names this deployment's JetStream streams (default `mallbots`): deployments sharing a server stay apart. */
  natsPrefix?: string;
  logger?: Logger;
  now?: () => Date;
}

/** A gateway alone: the HTTP API of modules that all run elsewhere. It needs no database. */
export type GatewayOptions = Pick<MallbotsConfig, 'host' | 'httpPort' | 'upstreams'> & { logger?: Logger };

export interface RunningGateway {
  /** The HTTP base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly http: HttpApp;
  /** Stops intake and closes the connections to the upstreams. */
  close(): Promise<void>;
}

export interface RunningMallbots extends RunningGateway {
  /** Where the gRPC services listen, `host:port`. */
  readonly grpcAddress: string;
  readonly db: AppDatabase;
  /** Stops intake (HTTP and gRPC), drains the modules' handlers, then closes the database. */
  close(): Promise<void>;
}

/** Every message type any module may send or store: each process decodes what the others publish. */
export const createAppRegistry = (): MessageRegistry => {
  const registry = registerContracts(new MessageRegistry());
  for (const module of Object.values(allModules)) module.register?.(registry);
  return registry;
};

/** JSON lines on stdout at `LOG_LEVEL` (default info). */
const defaultLogger = (): Logger => pino({ level: process.env.LOG_LEVEL ?? 'info' });

/**
 * PostgreSQL when a `postgres://` URL is given, in the schema of the process's modules (see
 * `schemaFor`), else the embedded SQLite file under the data directory.
 */
const openDatabase = async (
  options: Pick<StartOptions, 'dataDir' | 'database' | 'modules' | 'dbPoolSize'>,
  registry: MessageRegistry,
  now: () => Date,
  logger: Logger,
): Promise<AppDatabase> => {
  if (options.database) {
    if (!/^postgres(ql)?:\/\//.test(options.database)) throw new Error(`--database must be a postgres:// URL, not "${options.database}"`);
    return openPostgresDatabase({ url: options.database, schema: schemaFor(options.modules), poolSize: options.dbPoolSize, registry, now, logger });
  }
  mkdirSync(options.dataDir, { recursive: true });
  return openSqliteDatabase({ file: join(options.dataDir, 'mallbots.db'), registry, now });
};

/** Messages over NATS JetStream instead of the database's own log; see `withNatsTransport`. */
const withNats = async (
  db: AppDatabase,
  { url, prefix }: { url: string; prefix?: string },
  registry: MessageRegistry,
  now: () => Date,
  logger: Logger,
): Promise<AppDatabase> => {
  try {
    if (!/^nats:\/\//.test(url)) throw new Error(`--nats must be a nats:// URL, not "${url}"`);
    return await withNatsTransport(db, { url, prefix, registry, topics: allTopics, now, logger });
  } catch (error) {
    await db.close();
    throw error;
  }
};

/** Each module's own tables, up to its last step. */
const migrateModules = async (db: AppDatabase, modules: readonly MallModule[]): Promise<void> => {
  for (const module of modules) if (module.migrations) await migrateModule(db.storage, module.name, module.migrations);
};

/**
 * `mallbots migrate`: brings the database (the toolkit's tables and those of `modules`, all by
 * default) up to date, then closes it; on PostgreSQL, in the schema a process running those modules
 * uses. Starting does the same for its modules.
 */
export const migrateMallbots = async (
  options: Pick<StartOptions, 'dataDir' | 'database' | 'logger'> & { modules?: readonly ModuleName[] },
): Promise<string[]> => {
  const logger = options.logger ?? defaultLogger();
  const names = options.modules ?? MODULE_NAMES;
  const db = await openDatabase({ ...options, modules: [...names] }, createAppRegistry(), () => new Date(), logger);
  try {
    const modules = names.map((name) => allModules[name]);
    await migrateModules(db, modules);
    return modules.filter((module) => module.migrations).map((module) => module.name);
  } finally {
    await db.close();
  }
};

/**
 * Processes on PostgreSQL with some of the modules each keep their state in a schema of their own,
 * so their messages meet only on NATS. Without NATS a subset still runs, as a system of its own:
 * its messages go through its schema's log to its own consumers only. That suits a subset that
 * needs no other module (stores with search, say), as a subset on SQLite does; a module whose
 * partners run elsewhere waits for them in vain. Refusing would forbid the first, so it starts,
 * with a warning.
 */
const warnIfIsolated = (options: StartOptions, logger: Logger): void => {
  if (!options.database || options.nats || options.modules.length === MODULE_NAMES.length) return;
  logger.warn(
    { modules: options.modules, schema: schemaFor(options.modules) },
    'a subset of the modules on PostgreSQL without --nats: its messages stay in its own schema, no other process sees them',
  );
};

/** The HTTP server of a gateway alone, proxying `/api/<module>` to each upstream; `GET /ready` is every upstream's. */
export const startGateway = async (options: GatewayOptions): Promise<RunningGateway> => {
  const logger = options.logger ?? defaultLogger();
  const http = await createHttpServer({
    logger,
    modules: proxiedModules(options.upstreams),
    metrics: createMetrics(),
    isReady: () => upstreamsReady(options.upstreams),
  });
  const url = await http.listen({ host: options.host, port: options.httpPort });
  logger.info({ url, modules: [], upstreams: options.upstreams }, 'MallBots is serving');
  let closing: Promise<void> | undefined;
  return {
    url,
    http,
    close() {
      closing ??= http.close();
      return closing;
    },
  };
};

/**
 * The composition root of the application: one database, the chosen modules, the HTTP and gRPC
 * gateways; with `upstreams`, the HTTP gateway also proxies the modules that run elsewhere.
 */
export const startMallbots = async (options: StartOptions): Promise<RunningMallbots> => {
  const logger = options.logger ?? defaultLogger();
  const now = options.now ?? (() => new Date());
  const upstreams = options.upstreams ?? {};
  const registry = createAppRegistry();
  warnIfIsolated(options, logger);
  const stored = await openDatabase(options, registry, now, logger);
  const db = options.nats ? await withNats(stored, { url: options.nats, prefix: options.natsPrefix }, registry, now, logger) : stored;
  const readiness = createReadiness(db.log);
  const metrics = createMetrics();
  const running: RunningModule[] = [];
  const stopModules = async (): Promise<void> => {
    for (const module of [...running].reverse()) await module.stop();
  };
  try {
    const selected = options.modules.map((name: ModuleName) => allModules[name]);
    await migrateModules(db, selected);
    const bots = { secret: fleetSecret({ secret: options.botSecret, dataDir: options.dataDir }), deadlineMs: options.botDeadlineMs ?? DEFAULT_BOT_DEADLINE_MS };
    for (const module of selected) {
      running.push(await module.start({ db, registry, logger: logger.child({ module: module.name }), now, readiness, metrics, bots }));
    }
    await readiness.arm();
    const http = await createHttpServer({
      logger,
      modules: [...running, ...proxiedModules(upstreams)],
      metrics,
      isReady: async () => (await readiness.isReady()) && (await upstreamsReady(upstreams)),
    });
    const address = await http.listen({ host: options.host, port: options.httpPort });
    const grpc = await startGrpcServer({ host: options.host, port: options.grpcPort, logger, modules: running }).catch(async (error: unknown) => {
      await http.close();
      throw error;
    });
    logger.info({ url: address, grpc: grpc.address, modules: selected.map((module) => module.name), upstreams }, 'MallBots is serving');
    let closing: Promise<void> | undefined;
    return {
      url: address,
      grpcAddress: grpc.address,
      http,
      db,
      close() {
        closing ??= (async () => {
          await Promise.all([http.close(), grpc.close()]);
          await stopModules();
          await db.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await stopModules();
    await db.close();
    throw error;
  }
};
