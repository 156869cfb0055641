import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MessageRegistry } from '@mallbots/eda';
import pino, { type Logger } from 'pino';
import { DEFAULT_BOT_DEADLINE_MS, type MallbotsConfig, type ModuleName } from './config.js';
import { allTopics, registerContracts } from './contracts.js';
import { startGrpcServer } from './gateway/grpc-server.js';
import { createHttpServer } from './gateway/server.js';
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
    Partial<Pick<MallbotsConfig, 'botSecret' | 'botDeadlineMs'>> {
  /** Names this deployment's JetStream streams (default `mallbots`): deployments sharing a server stay apart. */
  natsPrefix?: string;
  logger?: Logger;
  now?: () => Date;
}

export interface RunningMallbots {
  /** The HTTP base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** Where the gRPC services listen, `host:port`. */
  readonly grpcAddress: string;
  readonly http: HttpApp;
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

/** PostgreSQL when a `postgres://` URL is given, else the embedded SQLite file under the data directory. */
const openDatabase = async (options: Pick<StartOptions, 'dataDir' | 'database'>, registry: MessageRegistry, now: () => Date, logger: Logger): Promise<AppDatabase> => {
  if (options.database) {
    if (!/^postgres(ql)?:\/\//.test(options.database)) throw new Error(`--database must be a postgres:// URL, not "${options.database}"`);
    return openPostgresDatabase({ url: options.database, registry, now, logger });
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
 * `mallbots migrate`: brings the database (the toolkit's tables and every module's, whichever
 * modules a process will run) up to date, then closes it. Starting does the same for its modules.
 */
export const migrateMallbots = async (options: Pick<StartOptions, 'dataDir' | 'database' | 'logger'>): Promise<string[]> => {
  const logger = options.logger ?? defaultLogger();
  const db = await openDatabase(options, createAppRegistry(), () => new Date(), logger);
  try {
    const modules = Object.values(allModules);
    await migrateModules(db, modules);
    return modules.filter((module) => module.migrations).map((module) => module.name);
  } finally {
    await db.close();
  }
};

/** The composition root of the application: one database, the chosen modules, the HTTP gateway. */
export const startMallbots = async (options: StartOptions): Promise<RunningMallbots> => {
  const logger = options.logger ?? defaultLogger();
  const now = options.now ?? (() => new Date());
  const registry = createAppRegistry();
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
    const http = await createHttpServer({ logger, modules: running, metrics, isReady: () => readiness.isReady() });
    const address = await http.listen({ host: options.host, port: options.httpPort });
    const grpc = await startGrpcServer({ host: options.host, port: options.grpcPort, logger, modules: running }).catch(async (error: unknown) => {
      await http.close();
      throw error;
    });
    logger.info({ url: address, grpc: grpc.address, modules: selected.map((module) => module.name) }, 'MallBots is serving');
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
