import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type AppHarness } from '../../testing/app-harness.js';

describe('customers over HTTP', () => {
  let api: AppHarness;
  beforeAll(async () => {
    api = await startTestApp({ modules: ['customers'] });
  });
  afterAll(() => api.close());

  it('registers, changes the SMS number, disables and enables a customer', async () => {
    const { id } = await api.ok<{ id: string }>('POST', '/api/customers', { name: 'Ada', smsNumber: '555-0100' });
    expect(await api.ok('GET', `/api/customers/${id}`)).toEqual({ customer: { id, name: 'Ada', smsNumber: '555-0100', enabled: true } });
    await api.ok('PUT', `/api/customers/${id}/change-sms`, { smsNumber: '555-0199' });
    await api.ok('PUT', `/api/customers/${id}/disable`);
    expect(await api.call('PUT', `/api/customers/${id}/disable`)).toEqual({ status: 400, body: { code: 400, message: 'the customer is already disabled' } });
    await api.ok('PUT', `/api/customers/${id}/enable`, {});
    expect(await api.ok('GET', `/api/customers/${id}`)).toEqual({ customer: { id, name: 'Ada', smsNumber: '555-0199', enabled: true } });
  });

  it('answers the rule messages, 404 for unknown ids, and 400 naming the field for bad input', async () => {
    expect((await api.call('POST', '/api/customers', { name: ' ', smsNumber: '1' })).body).toEqual({ code: 400, message: 'the customer name cannot be blank' });
    expect((await api.call('POST', '/api/customers', { name: 'Bo', smsNumber: '' })).body).toEqual({ code: 400, message: 'the SMS number cannot be blank' });
    expect(await api.call('GET', '/api/customers/nope')).toEqual({ status: 404, body: { code: 404, message: 'the customer was not found' } });
    expect((await api.call('PUT', '/api/customers/nope/enable')).status).toBe(404);

    const wrongType = await api.call<{ message: string }>('POST', '/api/customers', { name: 42, smsNumber: '1' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.message).toMatch(/^body\.name: /);
    const missing = await api.call<{ message: string }>('POST', '/api/customers', { name: 'Bo' });
    expect(missing.body.message).toMatch(/^body\.smsNumber: /);
    const unknownField = await api.call<{ message: string }>('POST', '/api/customers', { name: 'Bo', smsNumber: '1', admin: true });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.message).toContain('admin');
    const huge = await api.call<{ message: string }>('POST', '/api/customers', { name: 'x'.repeat(100_000), smsNumber: '1' });
    expect(huge.status).toBe(400);
    expect(huge.body.message).toMatch(/^body\.name: /);
    expect(await api.call('POST', '/api/customers', '{"name": ', { raw: true })).toEqual({ status: 400, body: { code: 400, message: 'the body is not valid JSON' } });
  });
});
