import { createServer } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../app.js';
import type { Upstreams } from '../config.js';
import { apiClient, startTestApp, type ApiClient, type AppHarness } from '../testing/app-harness.js';

/** The base URL of a port nobody listens on (it was free a moment ago). */
const deadUrl = (): Promise<string> =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(`http://127.0.0.1:${address.port}`) : reject(new Error('no port'))));
    });
  });

describe('the gateway: the HTTP API of modules that run in other processes', () => {
  let stores: AppHarness;
  let gateway: RunningGateway | undefined;
  beforeAll(async () => {
    stores = await startTestApp({ modules: ['stores'] });
  });
  afterAll(() => stores.close());

  /** A gateway alone (no database), and a client of it. */
  const startAGateway = async (upstreams: Upstreams): Promise<ApiClient> => {
    await gateway?.close();
    gateway = await startGateway({ host: '127.0.0.1', httpPort: 0, upstreams, logger: pino({ level: 'silent' }) });
    const started = gateway;
    return apiClient(() => started.url);
  };
  afterAll(() => gateway?.close());

  it('passes requests and answers through as they are, and is ready when its upstreams are', async () => {
    const api = await startAGateway({ stores: stores.url });
    const { id } = await api.ok<{ id: string }>('POST', '/api/stores', { name: 'Waldorf Books', location: 'Level 1' });
    const store = { id, name: 'Waldorf Books', location: 'Level 1', participating: false };
    expect(await stores.ok('GET', `/api/stores/${id}`)).toEqual({ store });
    expect(await api.ok('GET', `/api/stores/${id}`)).toEqual({ store });
    expect(await api.call('PUT', `/api/stores/${id}/rebrand`, { name: ' ' })).toEqual({ status: 400, body: { code: 400, message: 'the store name cannot be blank' } });
    expect(await api.call('GET', '/api/stores/no-such-store')).toEqual(await stores.call('GET', '/api/stores/no-such-store'));
    // The body goes upstream as it came: the module's own parser refuses it.
    expect(await api.call('POST', '/api/stores', '{"name": ', { raw: true })).toEqual({ status: 400, body: { code: 400, message: 'the body is not valid JSON' } });
    expect(await api.call('GET', '/api/customers/anyone')).toEqual({ status: 404, body: { code: 404, message: 'no route GET /api/customers/anyone' } });
    expect(await api.call('GET', '/health')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await api.call('GET', '/ready')).toEqual({ status: 200, body: { status: 'ready' } });
  });

  it('answers 502 naming the module for an upstream that gives no answer, and is not ready while one does not', async () => {
    const customers = await deadUrl();
    const api = await startAGateway({ stores: stores.url, customers });
    const noAnswer = { status: 502, body: { code: 502, message: expect.stringMatching(new RegExp(`^the customers module at ${customers} gave no answer \\(.*ECONNREFUSED.*\\)$`)) } };
    expect(await api.call('GET', '/api/customers/anyone')).toEqual(noAnswer);
    expect(await api.call('POST', '/api/customers', { name: 'Ada', smsNumber: '+1 555 0100' })).toEqual(noAnswer);
    expect((await api.call('GET', '/api/stores')).status).toBe(200);
    expect(await api.call('GET', '/health')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await api.call('GET', '/ready')).toEqual({ status: 503, body: { status: 'catching up' } });
  });

  it('proxies the modules that run elsewhere next to those a process runs itself (--gateway)', async () => {
    const customers = await startTestApp({ modules: ['customers'], upstreams: { stores: stores.url } });
    try {
      const { id } = await customers.ok<{ id: string }>('POST', '/api/stores', { name: 'Corner Café', location: 'Atrium' });
      expect(await stores.ok('GET', `/api/stores/${id}`)).toMatchObject({ store: { name: 'Corner Café' } });
      const { id: customerId } = await customers.ok<{ id: string }>('POST', '/api/customers', { name: 'Ada', smsNumber: '+1 555 0100' });
      expect(await customers.ok('GET', `/api/customers/${customerId}`)).toMatchObject({ customer: { name: 'Ada' } });
      expect((await stores.call('GET', `/api/customers/${customerId}`)).status).toBe(404);
      expect((await customers.call('GET', '/ready')).status).toBe(200);
    } finally {
      await customers.close();
    }
  });
});
