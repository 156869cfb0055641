import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type AppHarness } from '../testing/app-harness.js';

describe('the gateway', () => {
  let api: AppHarness;
  beforeAll(async () => {
    api = await startTestApp({ modules: ['customers'] });
  });
  afterAll(() => api.close());

  it('answers /health, and /ready once the consumers have caught up', async () => {
    expect(await api.call('GET', '/health')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await api.call('GET', '/ready')).toEqual({ status: 200, body: { status: 'ready' } });
  });

  it('serves the OpenAPI document generated from the route schemas, and the docs page', async () => {
    const document = await api.ok<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('GET', '/openapi.json');
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/customers', '/api/customers/{id}']));
    expect(document.paths['/api/customers']).toHaveProperty('post');
    const docs = await fetch(`${api.url}/docs`, { redirect: 'follow' });
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('<html');
  });

  it('answers an unknown route with 404 in the API error shape', async () => {
    expect(await api.call('GET', '/api/nowhere')).toEqual({ status: 404, body: { code: 404, message: 'no route GET /api/nowhere' } });
  });

  it('takes an empty body on a PUT as an empty object, and refuses a body that is not JSON', async () => {
    const { id } = await api.ok<{ id: string }>('POST', '/api/customers', { name: 'Ada', smsNumber: '1' });
    const empty = await fetch(`${api.url}/api/customers/${id}/disable`, { method: 'PUT', headers: { 'content-type': 'application/json' } });
    expect(empty.status).toBe(200);
    const text = await fetch(`${api.url}/api/customers`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(text.status).toBe(400);
    expect(await text.json()).toMatchObject({ code: 400 });
  });

  it('serves Prometheus metrics of the requests it answered', async () => {
    await api.call('GET', '/api/customers/unknown-for-metrics');
    const response = await fetch(`${api.url}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/mallbots_http_request_seconds_count\{route="\/api\/customers\/:id",method="GET",status="404"\} [1-9]/);
    expect(text).toContain('process_cpu_seconds_total');
  });
});

