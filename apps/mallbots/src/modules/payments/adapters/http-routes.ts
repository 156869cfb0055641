import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { createdResponse, emptyResponse, idParams, withErrors } from '../../../platform/http-schemas.js';
import type { InvoicesService } from '../application/invoices-service.js';
import type { PaymentsService } from '../application/payments-service.js';
import { authorizationOf, invoiceOnWire, invoiceSchema, paymentAuthorization } from './wire.js';

const tags = ['payments'];

export const paymentsRoutes = (app: HttpApp, payments: PaymentsService, invoices: InvoicesService): void => {
  app.post('/api/payments', {
    schema: {
      tags,
      description: 'Authorizes a payment; the create-order saga later confirms it for one order of this customer whose total it covers.',
      body: paymentAuthorization,
      response: withErrors(createdResponse),
    },
    handler: async (request) => ({ id: await payments.authorize(authorizationOf(request.body)) }),
  });
  app.get('/api/payments/invoices/:id', {
    schema: { tags, params: idParams, response: withErrors(z.object({ invoice: invoiceSchema })) },
    handler: async (request) => ({ invoice: invoiceOnWire(await invoices.get(request.params.id)) }),
  });
  app.put('/api/payments/invoices/:id/pay', {
    schema: { tags, params: idParams, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await invoices.pay(request.params.id);
      return {};
    },
  });
};
