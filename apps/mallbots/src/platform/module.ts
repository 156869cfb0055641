import type { MessageRegistry } from '@mallbots/eda';
import type { Logger } from 'pino';
import type { AppDatabase } from './database.js';
import type { GrpcServices } from './grpc.js';
import type { HttpApp } from './http.js';
import type { Metrics } from './metrics.js';
import type { Readiness } from './readiness.js';

/** What the composition root hands every module. */
export interface ModuleContext {
  readonly db: AppDatabase;
  /** Holds every contract's messages and every module's domain events. */
  readonly registry: MessageRegistry;
  readonly logger: Logger;
  /** The one clock of the application: modules take time from here, never from `new Date()`. */
  readonly now: () => Date;
  /** Where consumers say what they follow, so `GET /ready` can tell when they have caught up. */
  readonly readiness: Readiness;
  readonly metrics: Metrics;
  /** How the shopper bots' API (which depot serves) checks bots' tokens and when it gives up on a silent bot. */
  readonly bots: BotSettings;
}

export interface BotSettings {
  /** The fleet secret bot tokens are made from (see `robots/bot-token.ts`). */
  readonly secret: string;
  /** A bot silent for longer than this loses its shopping list to another. */
  readonly deadlineMs: number;
}

/** A started module. */
export interface RunningModule {
  /** Mounts the module's HTTP routes on the gateway. */
  routes?(app: HttpApp): void;
  /** Mounts the module's gRPC service on the gateway; it calls the same application layer as the routes. */
  grpc?(services: GrpcServices): void;
  /** Stops taking messages and drains the handlers in flight. */
  stop(): Promise<void>;
}

/**
 * A bounded context: its composition root (`module.ts`) wires domain, application and adapters.
 * Contract messages are registered by the application for every module (`contracts.ts`), so a
 * process that runs only some modules still decodes what the others publish.
 */
export interface MallModule {
  readonly name: string;
  /** The SQL steps of the module's own tables (see `migrateModule`), run before `start` and by `mallbots migrate`. */
  readonly migrations?: readonly string[];
  /** Registers the module's own domain events (those it stores in its event streams). */
  register?(registry: MessageRegistry): void;
  /** Subscribes the module's consumers and returns it running (its tables are migrated already). */
  start(context: ModuleContext): Promise<RunningModule>;
}
