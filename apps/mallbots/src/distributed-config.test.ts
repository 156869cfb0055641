import { describe, expect, it } from 'vitest';
import { readDistributedConfig } from './distributed-config.js';

describe('the settings of npm run start:distributed', () => {
  it('defaults to the local PostgreSQL and NATS, the gateway on 8080 and the modules from 8101', () => {
    expect(readDistributedConfig([], {})).toEqual({
      host: '127.0.0.1',
      httpPort: 8080,
      modulePorts: 8101,
      dataDir: './data',
      database: 'postgres://postgres@127.0.0.1:5432/mallbots',
      nats: 'nats://127.0.0.1:4222',
      bots: 3,
      botDeadlineMs: 10_000,
      seed: false,
    });
  });

  it('takes the environment twins of mallbots start, and a flag over its twin', () => {
    const env = { DATABASE_URL: 'postgres://db/shop', NATS_URL: 'nats://n:4222', MALLBOTS_NATS_PREFIX: 'shop', PORT: '0', MALLBOTS_MODULE_PORTS: '0', MALLBOTS_BOTS: '5' };
    expect(readDistributedConfig(['--bots', '1', '--seed'], env)).toMatchObject({
      database: 'postgres://db/shop',
      nats: 'nats://n:4222',
      natsPrefix: 'shop',
      httpPort: 0,
      modulePorts: 0,
      bots: 1,
      seed: true,
    });
  });

  it('refuses what cannot work, naming the setting', () => {
    expect(() => readDistributedConfig(['--database', 'mysql://db'], {})).toThrow(/must be a postgres:\/\/ URL[\s\S]*at database/);
    expect(() => readDistributedConfig(['--nats', '127.0.0.1:4222'], {})).toThrow(/must be a nats:\/\/ URL[\s\S]*at nats/);
    // The modules' gRPC ports lie 1000 above their HTTP ports.
    expect(() => readDistributedConfig(['--module-ports', '65000'], {})).toThrow(/modulePorts/);
    expect(() => readDistributedConfig(['--modules', 'stores'], {})).toThrow(/modules/);
  });
});
