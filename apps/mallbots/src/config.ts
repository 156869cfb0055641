import { parseArgs } from 'node:util';
import { z } from 'zod';

export const MODULE_NAMES = [
  'stores',
  'customers',
  'baskets',
  'ordering',
  'payments',
  'depot',
  'cosec',
  'notifications',
  'search',
  'analytics',
] as const;
export type ModuleName = (typeof MODULE_NAMES)[number];

/** How long a shopper bot may stay silent before it loses its shopping list. */
export const DEFAULT_BOT_DEADLINE_MS = 10_000;

/** The settings of `mallbots start`: each flag has an environment twin (flag first, then env, then default). */
export const configSchema = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  httpPort: z.coerce.number().int().min(0).max(65_535).default(8080),
  grpcPort: z.coerce.number().int().min(0).max(65_535).default(9000),
  dataDir: z.string().min(1).default('./data'),
  database: z.string().optional(),
  nats: z.string().optional(),
  modules: z
    .string()
    .default('all')
    .transform((value, context) => {
      if (value === 'all') return [...MODULE_NAMES];
      const names = value.split(',').map((name) => name.trim()).filter(Boolean);
      const unknown = names.filter((name) => !(MODULE_NAMES as readonly string[]).includes(name));
      if (unknown.length > 0) {
        context.addIssue({ code: 'custom', message: `unknown module(s) ${unknown.join(', ')}; known: ${MODULE_NAMES.join(', ')}` });
        return z.NEVER;
      }
      return names as ModuleName[];
    }),
  bots: z.coerce.number().int().min(0).default(3),
  /** Unset: the secret kept in `<dataDir>/bot-secret` (see `fleetSecret`). */
  botSecret: z.string().optional(),
  botDeadlineMs: z.coerce.number().int().min(100).default(DEFAULT_BOT_DEADLINE_MS),
  seed: z.boolean().default(false),
});
export type MallbotsConfig = z.output<typeof configSchema>;

type Flags = Record<string, { type: 'string' | 'boolean'; env?: string; key?: string }>;

/** Reads the `flags` of `args` and their environment twins into `schema`; a bad value throws a zod error naming the setting. */
const readSettings = <S extends z.ZodType>(flags: Flags, schema: S, args: string[], env: NodeJS.ProcessEnv): z.output<S> => {
  const { values } = parseArgs({
    args,
    options: Object.fromEntries(Object.entries(flags).map(([flag, spec]) => [flag, { type: spec.type }])),
    strict: true,
    allowPositionals: false,
  });
  const raw: Record<string, unknown> = {};
  for (const [flag, spec] of Object.entries(flags)) {
    const value = values[flag] ?? (spec.env ? env[spec.env] : undefined);
    if (value !== undefined && value !== '') raw[spec.key ?? flag] = value;
  }
  return schema.parse(raw);
};

const dataDirFlag = { type: 'string', env: 'MALLBOTS_DATA_DIR', key: 'dataDir' } as const;
const botSecretFlag = { type: 'string', env: 'MALLBOTS_BOT_SECRET', key: 'botSecret' } as const;

const startFlags: Flags = {
  host: { type: 'string', env: 'HOST' },
  'http-port': { type: 'string', env: 'PORT', key: 'httpPort' },
  'grpc-port': { type: 'string', env: 'GRPC_PORT', key: 'grpcPort' },
  'data-dir': dataDirFlag,
  database: { type: 'string', env: 'DATABASE_URL' },
  nats: { type: 'string', env: 'NATS_URL' },
  modules: { type: 'string', env: 'MALLBOTS_MODULES' },
  bots: { type: 'string', env: 'MALLBOTS_BOTS' },
  'bot-secret': botSecretFlag,
  'bot-deadline-ms': { type: 'string', env: 'MALLBOTS_BOT_DEADLINE_MS', key: 'botDeadlineMs' },
  seed: { type: 'boolean' },
};

/** The settings of `mallbots start` (and `migrate`), from `args` and the environment. */
export const readConfig = (args: string[], env: NodeJS.ProcessEnv = process.env): MallbotsConfig => readSettings(startFlags, configSchema, args, env);

const rate = z.coerce.number().min(0).max(1);

/** The settings of `mallbots bots`: the simulated fleet and where it connects. By default a list takes a few seconds, with no failures and no disconnects. */
export const botsConfigSchema = z.object({
  count: z.coerce.number().int().min(1).default(3),
  server: z.string().regex(/^[^:\s]+:\d+$/, 'must be host:port').default('127.0.0.1:9000'),
  dataDir: z.string().min(1).default('./data'),
  botSecret: z.string().optional(),
  idPrefix: z.string().min(1).max(60).default('bot'),
  stopMs: z.coerce.number().int().min(0).default(300),
  itemMs: z.coerce.number().int().min(0).default(100),
  failureRate: rate.default(0),
  disconnectRate: rate.default(0),
});
export type BotsConfig = z.output<typeof botsConfigSchema>;

const botsFlags: Flags = {
  count: { type: 'string' },
  server: { type: 'string', env: 'MALLBOTS_GRPC_SERVER' },
  'data-dir': dataDirFlag,
  'bot-secret': botSecretFlag,
  'id-prefix': { type: 'string', key: 'idPrefix' },
  'stop-ms': { type: 'string', key: 'stopMs' },
  'item-ms': { type: 'string', key: 'itemMs' },
  'failure-rate': { type: 'string', key: 'failureRate' },
  'disconnect-rate': { type: 'string', key: 'disconnectRate' },
};

/** The settings of `mallbots bots`, from `args` and the environment. */
export const readBotsConfig = (args: string[], env: NodeJS.ProcessEnv = process.env): BotsConfig => readSettings(botsFlags, botsConfigSchema, args, env);
