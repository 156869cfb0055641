import { z } from 'zod';
import { commonSettings, readSettings, startFlags, type Flags } from './config.js';

/** The local PostgreSQL database of `npm run start:distributed`; the launcher creates it when missing. */
export const DEFAULT_DISTRIBUTED_DATABASE = 'postgres://postgres@127.0.0.1:5432/mallbots';

/** A module's gRPC port is its HTTP port plus this. */
export const GRPC_PORT_OFFSET = 1000;

/**
 * The settings of the launcher (`npm run start:distributed`), flag first, then its environment
 * twin, then the default. `httpPort` is the gateway's; module number i (in start order) serves HTTP
 * on `modulePorts + i` and gRPC on `modulePorts + i + 1000`, or each on a free port with 0.
 */
export const distributedConfigSchema = z.object({
  ...commonSettings,
  modulePorts: z.coerce.number().int().min(0).max(65_535 - GRPC_PORT_OFFSET - 16).default(8101),
  database: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .default(DEFAULT_DISTRIBUTED_DATABASE),
  nats: z.string().regex(/^nats:\/\//, 'must be a nats:// URL').default('nats://127.0.0.1:4222'),
});
export type DistributedConfig = z.output<typeof distributedConfigSchema>;

const shared = ['host', 'http-port', 'data-dir', 'database', 'nats', 'nats-prefix', 'bots', 'bot-secret', 'bot-deadline-ms', 'seed'];

const distributedFlags: Flags = {
  ...Object.fromEntries(shared.map((flag) => [flag, startFlags[flag]!])),
  'module-ports': { type: 'string', env: 'MALLBOTS_MODULE_PORTS', key: 'modulePorts' },
};

/** The launcher's settings, from `args` and the environment. */
export const readDistributedConfig = (args: string[], env: NodeJS.ProcessEnv = process.env): DistributedConfig =>
  readSettings(distributedFlags, distributedConfigSchema, args, env);
