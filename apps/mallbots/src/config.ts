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
  seed: z.boolean().default(false),
});
export type MallbotsConfig = z.output<typeof configSchema>;

const flags = {
  host: { type: 'string', env: 'HOST' },
  'http-port': { type: 'string', env: 'PORT', key: 'httpPort' },
  'grpc-port': { type: 'string', env: 'GRPC_PORT', key: 'grpcPort' },
  'data-dir': { type: 'string', env: 'MALLBOTS_DATA_DIR', key: 'dataDir' },
  database: { type: 'string', env: 'DATABASE_URL' },
  nats: { type: 'string', env: 'NATS_URL' },
  modules: { type: 'string', env: 'MALLBOTS_MODULES' },
  bots: { type: 'string', env: 'MALLBOTS_BOTS' },
  seed: { type: 'boolean' },
} as const satisfies Record<string, { type: 'string' | 'boolean'; env?: string; key?: string }>;

/** Reads the flags of `args` and their environment twins; a bad value throws a zod error naming the setting. */
export const readConfig = (args: string[], env: NodeJS.ProcessEnv = process.env): MallbotsConfig => {
  const { values } = parseArgs({
    args,
    options: Object.fromEntries(Object.entries(flags).map(([flag, spec]) => [flag, { type: spec.type }])),
    strict: true,
    allowPositionals: false,
  });
  const raw: Record<string, unknown> = {};
  for (const [flag, spec] of Object.entries(flags)) {
    const key = 'key' in spec ? spec.key : flag;
    const value = values[flag] ?? ('env' in spec ? env[spec.env] : undefined);
    if (value !== undefined && value !== '') raw[key] = value;
  }
  return configSchema.parse(raw);
};
