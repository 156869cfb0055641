import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { createdResponse, emptyResponse, idParams, withErrors } from '../../../platform/http-schemas.js';
import type { CustomersService } from '../application/customers-service.js';
import { newCustomer, smsNumberChange } from './wire.js';

const customer = z.object({ id: z.string(), name: z.string(), smsNumber: z.string(), enabled: z.boolean() });
const tags = ['customers'];

export const customersRoutes = (app: HttpApp, service: CustomersService): void => {
  app.post('/api/customers', {
    schema: { tags, body: newCustomer, response: withErrors(createdResponse) },
    handler: async (request) => ({ id: await service.register(request.body) }),
  });
  app.get('/api/customers/:id', {
    schema: { tags, params: idParams, response: withErrors(z.object({ customer })) },
    handler: async (request) => ({ customer: await service.get(request.params.id) }),
  });
  app.put('/api/customers/:id/change-sms', {
    schema: { tags, params: idParams, body: smsNumberChange, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.changeSmsNumber(request.params.id, request.body.smsNumber);
      return {};
    },
  });
  app.put('/api/customers/:id/enable', {
    schema: { tags, params: idParams, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.enable(request.params.id);
      return {};
    },
  });
  app.put('/api/customers/:id/disable', {
    schema: { tags, params: idParams, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await service.disable(request.params.id);
      return {};
    },
  });
};
