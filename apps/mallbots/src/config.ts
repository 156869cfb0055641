import { createHash } from 'node:crypto';
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

/** What `--modules` may name besides the modules: the HTTP gateway for modules that run elsewhere. */
export const GATEWAY = 'gateway';

/** `--modules`: `all`, or names separated by commas; deduplicated, in start order. */
const moduleList = z
  .string()
  .default('all')
  .transform((value, context) => {
    if (value === 'all') return { modules: [...MODULE_NAMES], gateway: false };
    const names = value.split(',').map((name) => name.trim()).filter(Boolean);
    const unknown = names.filter((name) => name !== GATEWAY && !(MODULE_NAMES as readonly string[]).includes(name));
    if (unknown.length > 0) {
      context.addIssue({ code: 'custom', message: `unknown module(s) ${unknown.join(', ')}; known: ${MODULE_NAMES.join(', ')} (and ${GATEWAY})` });
      return z.NEVER;
    }
    if (names.length === 0) {
      context.addIssue({ code: 'custom', message: 'no module given' });
      return z.NEVER;
    }
    return { modules: MODULE_NAMES.filter((name) => names.includes(name)), gateway: names.includes(GATEWAY) };
  });

/** Where a gateway finds the modules it does not run: module name to the base URL of the process that does. */
export type Upstreams = Partial<Record<ModuleName, string>>;

/** `--upstreams stores=http://127.0.0.1:8101,customers=http://127.0.0.1:8102`. */
const upstreamList = z
  .string()
  .default('')
  .transform((value, context): Upstreams => {
    const upstreams: Upstreams = {};
    for (const entry of value.split(',').map((text) => text.trim()).filter(Boolean)) {
      const [name = '', url = ''] = entry.split(/=(.*)/s, 2).map((text) => text.trim());
      if (!(MODULE_NAMES as readonly string[]).includes(name)) {
        context.addIssue({ code: 'custom', message: `"${entry}": unknown module "${name}" (module=http://host:port; known: ${MODULE_NAMES.join(', ')})` });
      } else if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
        context.addIssue({ code: 'custom', message: `"${entry}": ${name}'s upstream must be an http:// or https:// URL` });
      } else if (upstreams[name as ModuleName]) {
        context.addIssue({ code: 'custom', message: `"${entry}": ${name} is given twice` });
      } else {
        upstreams[name as ModuleName] = url.replace(/\/+$/, '');
      }
    }
    return upstreams;
  });

const port = z.coerce.number().int().min(0).max(65_535);

/** The settings `mallbots start` shares with the launcher of `npm run start:distributed`. */
export const commonSettings = {
  host: z.string().min(1).default('127.0.0.1'),
  httpPort: port.default(8080),
  dataDir: z.string().min(1).default('./data'),
  /** Names this deployment's JetStream streams and consumers (default `mallbots`). */
  natsPrefix: z.string().regex(/^[A-Za-z0-9-]+$/, 'use letters, digits and "-" only').optional(),
  bots: z.coerce.number().int().min(0).default(3),
  /** Unset: the secret kept in `<dataDir>/bot-secret` (see `fleetSecret`). */
  botSecret: z.string().optional(),
  botDeadlineMs: z.coerce.number().int().min(100).default(DEFAULT_BOT_DEADLINE_MS),
  seed: z.boolean().default(false),
};

/** The settings of `mallbots start`: each flag has an environment twin (flag first, then env, then default). */
export const configSchema = z
  .object({
    ...commonSettings,
    grpcPort: port.default(9000),
    database: z.string().optional(),
    /** Connections to PostgreSQL this process may hold at once (plus one that listens). */
    dbPoolSize: z.coerce.number().int().min(2).max(1_000).default(10),
    nats: z.string().optional(),
    modules: moduleList,
    /** Serve the HTTP API of the modules in `upstreams` by proxying to them (also: `gateway` in `--modules`). */
    gateway: z.boolean().default(false),
    upstreams: upstreamList,
  })
  .transform(({ modules: list, gateway: gatewayFlag, ...settings }, context) => {
    const { modules } = list;
    const gateway = gatewayFlag || list.gateway;
    const proxied = Object.keys(settings.upstreams) as ModuleName[];
    if (gateway && proxied.length === 0) {
      context.addIssue({ code: 'custom', path: ['upstreams'], message: 'a gateway needs the modules it proxies: --upstreams module=http://host:port,...' });
    }
    if (!gateway && proxied.length > 0) {
      context.addIssue({ code: 'custom', path: ['upstreams'], message: `only a gateway proxies: add --gateway, or ${GATEWAY} to --modules` });
    }
    const local = proxied.filter((name) => modules.includes(name));
    if (local.length > 0) {
      context.addIssue({ code: 'custom', path: ['upstreams'], message: `${local.join(', ')} run(s) in this process: no upstream for them` });
    }
    const served = [...modules, ...proxied];
    if (settings.seed && !(served.includes('stores') && served.includes('customers'))) {
      context.addIssue({ code: 'custom', path: ['seed'], message: 'the seed needs the stores and customers APIs here (run them, or proxy them with --upstreams)' });
    }
    return { ...settings, modules, gateway };
  });
export type MallbotsConfig = z.output<typeof configSchema>;

/**
 * The PostgreSQL schema of a process running `modules`, so one database can host the modular
 * monolith and separate processes (or databases) host separate services:
 * - every module: `mallbots`, the monolith's schema (where its data has always been);
 * - a subset: `mallbots_<its modules in start order, joined by _>`, e.g. `mallbots_stores` or
 *   `mallbots_stores_search`, with its own toolkit tables (outbox, inbox, sagas, checkpoints);
 *   a name beyond PostgreSQL's 63 bytes keeps its first 50 and ends with a hash of the whole.
 * The schema depends on the set, not on its order in `--modules`: a process restarted with the
 * same modules finds its data again; a process given other modules starts on another schema.
 * Trap: two processes running the same set share a schema, and so its outbox, which both relay
 * to NATS (twice the publishing; JetStream drops the duplicates within its window).
 */
export const schemaFor = (modules: readonly ModuleName[]): string => {
  const names = MODULE_NAMES.filter((name) => modules.includes(name));
  if (names.length === MODULE_NAMES.length) return 'mallbots';
  const schema = ['mallbots', ...names].join('_');
  if (schema.length <= 63) return schema;
  return `${schema.slice(0, 50)}_${createHash('sha256').update(schema).digest('hex').slice(0, 12)}`;
};

export type Flags = Record<string, { type: 'string' | 'boolean'; env?: string; key?: string }>;

/** Reads the `flags` of `args` and their environment twins into `schema`; a bad value throws an error naming the setting (`→ at httpPort`). */
export const readSettings = <S extends z.ZodType>(flags: Flags, schema: S, args: string[], env: NodeJS.ProcessEnv): z.output<S> => {
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
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
};

const dataDirFlag = { type: 'string', env: 'MALLBOTS_DATA_DIR', key: 'dataDir' } as const;
const botSecretFlag = { type: 'string', env: 'MALLBOTS_BOT_SECRET', key: 'botSecret' } as const;

export const startFlags: Flags = {
  host: { type: 'string', env: 'HOST' },
  'http-port': { type: 'string', env: 'PORT', key: 'httpPort' },
  'grpc-port': { type: 'string', env: 'GRPC_PORT', key: 'grpcPort' },
  'data-dir': dataDirFlag,
  database: { type: 'string', env: 'DATABASE_URL' },
  'db-pool-size': { type: 'string', env: 'MALLBOTS_DB_POOL_SIZE', key: 'dbPoolSize' },
  nats: { type: 'string', env: 'NATS_URL' },
  'nats-prefix': { type: 'string', env: 'MALLBOTS_NATS_PREFIX', key: 'natsPrefix' },
  modules: { type: 'string', env: 'MALLBOTS_MODULES' },
  gateway: { type: 'boolean' },
  upstreams: { type: 'string', env: 'MALLBOTS_UPSTREAMS' },
  bots: { type: 'string', env: 'MALLBOTS_BOTS' },
  'bot-secret': botSecretFlag,
  'bot-deadline-ms': { type: 'string', env: 'MALLBOTS_BOT_DEADLINE_MS', key: 'botDeadlineMs' },
  seed: { type: 'boolean' },
};

/** The settings of `mallbots start` (and `migrate`), from `args` and the environment. */
export const readConfig = (args: string[], env: NodeJS.ProcessEnv = process.env): MallbotsConfig => readSettings(startFlags, configSchema, args, env);

/** The environment twins of `mallbots start`: a launcher that gives its children every flag keeps these out of their environment. */
export const START_ENV_TWINS: readonly string[] = Object.values(startFlags).flatMap((spec) => (spec.env ? [spec.env] : []));

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
