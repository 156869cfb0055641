import { describe, expect, it } from 'vitest';
import { MODULE_NAMES, readBotsConfig, readConfig, schemaFor } from './config.js';

describe('the command line settings', () => {
  it('has the defaults of the API spec', () => {
    expect(readConfig([], {})).toEqual({
      host: '127.0.0.1',
      httpPort: 8080,
      grpcPort: 9000,
      dataDir: './data',
      dbPoolSize: 10,
      modules: [...MODULE_NAMES],
      gateway: false,
      upstreams: {},
      bots: 3,
      botDeadlineMs: 10_000,
      seed: false,
    });
  });

  it('takes each setting from its environment twin, and a flag over its twin', () => {
    const env = {
      HOST: '0.0.0.0',
      PORT: '8081',
      GRPC_PORT: '9001',
      MALLBOTS_DATA_DIR: '/tmp/x',
      DATABASE_URL: 'postgres://db',
      MALLBOTS_DB_POOL_SIZE: '4',
      NATS_URL: 'nats://n',
      MALLBOTS_NATS_PREFIX: 'shop-1',
      MALLBOTS_MODULES: 'stores,customers',
      MALLBOTS_BOTS: '0',
    };
    expect(readConfig([], env)).toMatchObject({
      host: '0.0.0.0',
      httpPort: 8081,
      grpcPort: 9001,
      dataDir: '/tmp/x',
      database: 'postgres://db',
      dbPoolSize: 4,
      nats: 'nats://n',
      natsPrefix: 'shop-1',
      modules: ['stores', 'customers'],
      bots: 0,
    });
    expect(readConfig(['--http-port', '9090', '--modules', 'customers,stores', '--seed'], env)).toMatchObject({ httpPort: 9090, modules: ['stores', 'customers'], seed: true });
  });

  it('refuses a bad value naming the setting, and an unknown flag', () => {
    expect(() => readConfig(['--http-port', 'eighty'], {})).toThrow(/httpPort/);
    expect(() => readConfig(['--modules', 'stores,warehouse'], {})).toThrow(/unknown module\(s\) warehouse/);
    expect(() => readConfig(['--colour'], {})).toThrow(/colour/);
    expect(() => readConfig(['--nats-prefix', 'my.shop'], {})).toThrow(/natsPrefix/);
  });

  it('runs the modules in start order, each once, whatever the order they are given in', () => {
    expect(readConfig(['--modules', 'search, stores,search'], {}).modules).toEqual(['stores', 'search']);
    expect(() => readConfig(['--modules', ' , '], {})).toThrow(/no module given/);
  });

  it('makes a gateway of --modules gateway or --gateway, proxying to the upstreams of the modules it does not run', () => {
    const upstreams = 'stores=http://127.0.0.1:8101/, customers = http://10.0.0.2:8102';
    expect(readConfig(['--modules', 'gateway', '--upstreams', upstreams], {})).toMatchObject({
      modules: [],
      gateway: true,
      upstreams: { stores: 'http://127.0.0.1:8101', customers: 'http://10.0.0.2:8102' },
    });
    expect(readConfig(['--modules', 'ordering', '--gateway'], { MALLBOTS_UPSTREAMS: upstreams })).toMatchObject({
      modules: ['ordering'],
      gateway: true,
      upstreams: { stores: 'http://127.0.0.1:8101', customers: 'http://10.0.0.2:8102' },
    });
  });

  it('refuses upstreams that cannot work, naming the setting and the entry', () => {
    const gateway = (upstreams: string, ...more: string[]) => () => readConfig(['--modules', 'gateway', '--upstreams', upstreams, ...more], {});
    expect(gateway('')).toThrow(/a gateway needs the modules it proxies[\s\S]*at upstreams/);
    expect(gateway('warehouse=http://h:1')).toThrow(/unknown module "warehouse"[\s\S]*at upstreams/);
    expect(gateway('stores=ftp://h:1')).toThrow(/stores's upstream must be an http:\/\/ or https:\/\/ URL/);
    expect(gateway('stores')).toThrow(/stores's upstream must be an http/);
    expect(gateway('stores=http://a:1,stores=http://b:1')).toThrow(/stores is given twice/);
    expect(() => readConfig(['--modules', 'stores', '--upstreams', 'customers=http://h:1'], {})).toThrow(/only a gateway proxies[\s\S]*at upstreams/);
    expect(() => readConfig(['--modules', 'stores,gateway', '--upstreams', 'stores=http://h:1'], {})).toThrow(/stores run\(s\) in this process/);
    expect(gateway('stores=http://h:1', '--seed')).toThrow(/the seed needs the stores and customers APIs[\s\S]*at seed/);
    expect(gateway('stores=http://h:1,customers=http://h:2', '--seed')().seed).toBe(true);
  });

  it("gives every set of modules its own PostgreSQL schema, and all of them the monolith's", () => {
    expect(schemaFor([...MODULE_NAMES])).toBe('mallbots');
    expect(schemaFor(['stores'])).toBe('mallbots_stores');
    expect(schemaFor(['search', 'stores'])).toBe('mallbots_stores_search');
    const many = schemaFor(MODULE_NAMES.slice(0, 8));
    expect(many).toMatch(/^mallbots_stores_customers_baskets_ordering_payment_[0-9a-f]{12}$/);
    expect(many).toHaveLength(63);
    expect(schemaFor(MODULE_NAMES.slice(0, 7))).not.toBe(many);
  });

  it('reads the simulator settings of `mallbots bots`, refusing a bad rate or address by name', () => {
    expect(readBotsConfig([], {})).toMatchObject({ count: 3, server: '127.0.0.1:9000', dataDir: './data', idPrefix: 'bot', failureRate: 0, disconnectRate: 0 });
    expect(readBotsConfig(['--count', '50', '--server', 'depot:9100', '--failure-rate', '0.1', '--bot-secret', 's'], {})).toMatchObject({
      count: 50,
      server: 'depot:9100',
      failureRate: 0.1,
      botSecret: 's',
    });
    expect(readBotsConfig([], { MALLBOTS_BOT_SECRET: 'from env', MALLBOTS_DATA_DIR: '/srv/mallbots' })).toMatchObject({ botSecret: 'from env', dataDir: '/srv/mallbots' });
    expect(() => readBotsConfig(['--disconnect-rate', '2'], {})).toThrow(/disconnectRate/);
    expect(() => readBotsConfig(['--server', 'nowhere'], {})).toThrow(/server/);
  });
});
