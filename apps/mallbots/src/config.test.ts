import { describe, expect, it } from 'vitest';
import { MODULE_NAMES, readBotsConfig, readConfig } from './config.js';

describe('the command line settings', () => {
  it('has the defaults of the API spec', () => {
    expect(readConfig([], {})).toEqual({
      host: '127.0.0.1',
      httpPort: 8080,
      grpcPort: 9000,
      dataDir: './data',
      modules: [...MODULE_NAMES],
      bots: 3,
      botDeadlineMs: 10_000,
      seed: false,
    });
  });

  it('takes each setting from its environment twin, and a flag over its twin', () => {
    const env = { HOST: '0.0.0.0', PORT: '8081', GRPC_PORT: '9001', MALLBOTS_DATA_DIR: '/tmp/x', DATABASE_URL: 'postgres://db', NATS_URL: 'nats://n', MALLBOTS_MODULES: 'stores,customers', MALLBOTS_BOTS: '0' };
    expect(readConfig([], env)).toMatchObject({ host: '0.0.0.0', httpPort: 8081, grpcPort: 9001, dataDir: '/tmp/x', database: 'postgres://db', nats: 'nats://n', modules: ['stores', 'customers'], bots: 0 });
    expect(readConfig(['--http-port', '9090', '--modules', 'search', '--seed'], env)).toMatchObject({ httpPort: 9090, modules: ['search'], seed: true });
  });

  it('refuses a bad value naming the setting, and an unknown flag', () => {
    expect(() => readConfig(['--http-port', 'eighty'], {})).toThrow(/httpPort/);
    expect(() => readConfig(['--modules', 'stores,warehouse'], {})).toThrow(/unknown module\(s\) warehouse/);
    expect(() => readConfig(['--colour'], {})).toThrow(/colour/);
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
