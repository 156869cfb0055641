import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type AppHarness } from '../../testing/app-harness.js';
import { grpcClients, unary } from '../../testing/grpc-client.js';

describe('CustomersService over gRPC', () => {
  let api: AppHarness;
  let customers: ReturnType<typeof grpcClients>['customers'];
  beforeAll(async () => {
    api = await startTestApp({ modules: ['customers'] });
    customers = grpcClients(api.app.grpcAddress).customers;
  });
  afterAll(async () => {
    customers.close();
    await api.close();
  });

  const register = async (name = 'Ada') => (await unary(customers, 'RegisterCustomer', { name, smsNumber: '555-0100' })).id;

  it('runs the same use cases as the HTTP routes: what one writes, the other reads', async () => {
    const id = await register();
    expect(await api.ok('GET', `/api/customers/${id}`)).toEqual({ customer: { id, name: 'Ada', smsNumber: '555-0100', enabled: true } });

    await api.ok('PUT', `/api/customers/${id}/change-sms`, { smsNumber: '555-0199' });
    expect((await unary(customers, 'GetCustomer', { id })).customer).toEqual({ id, name: 'Ada', smsNumber: '555-0199', enabled: true });

    await unary(customers, 'ChangeSmsNumber', { id, smsNumber: '555-0142' });
    await unary(customers, 'DisableCustomer', { id });
    expect(await api.ok('GET', `/api/customers/${id}`)).toEqual({ customer: { id, name: 'Ada', smsNumber: '555-0142', enabled: false } });

    await api.ok('PUT', `/api/customers/${id}/enable`);
    await unary(customers, 'DisableCustomer', { id });
    await unary(customers, 'EnableCustomer', { id });
    expect((await unary(customers, 'GetCustomer', { id })).customer?.enabled).toBe(true);
  });

  it('authorizes an enabled customer and refuses a disabled one', async () => {
    const id = await register();
    expect(await unary(customers, 'AuthorizeCustomer', { id })).toEqual({});
    await api.ok('PUT', `/api/customers/${id}/disable`);
    await expect(unary(customers, 'AuthorizeCustomer', { id })).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: 'the customer is disabled' });
  });

  it('answers a broken rule with INVALID_ARGUMENT and its message, and changes nothing', async () => {
    const id = await register();
    await expect(unary(customers, 'ChangeSmsNumber', { id, smsNumber: ' ' })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'the SMS number cannot be blank',
    });
    await expect(unary(customers, 'EnableCustomer', { id })).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: 'the customer is already enabled' });
    await expect(unary(customers, 'RegisterCustomer', { name: ' ', smsNumber: '1' })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'the customer name cannot be blank',
    });
    expect((await unary(customers, 'GetCustomer', { id })).customer).toEqual({ id, name: 'Ada', smsNumber: '555-0100', enabled: true });
  });

  it('names the field of a malformed request, as the HTTP API does', async () => {
    await expect(unary(customers, 'RegisterCustomer', { name: 'x'.repeat(201), smsNumber: '1' })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: expect.stringMatching(/^name: /),
    });
    const id = await register();
    await expect(unary(customers, 'ChangeSmsNumber', { id, smsNumber: '5'.repeat(51) })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: expect.stringMatching(/^smsNumber: /),
    });
    await expect(unary(customers, 'GetCustomer', { id: 'x'.repeat(101) })).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: expect.stringMatching(/^id: /) });
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    await expect(unary(customers, 'GetCustomer', { id: 'no-such-customer' })).rejects.toMatchObject({ code: status.NOT_FOUND, details: 'the customer was not found' });
    await expect(unary(customers, 'AuthorizeCustomer', { id: 'no-such-customer' })).rejects.toMatchObject({
      code: status.NOT_FOUND,
      details: 'the customer was not found',
    });
    await expect(unary(customers, 'DisableCustomer', { id: 'no-such-customer' })).rejects.toMatchObject({ code: status.NOT_FOUND });
  });
});
