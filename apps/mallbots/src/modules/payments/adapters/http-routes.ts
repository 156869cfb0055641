import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { createdResponse, emptyResponse, idParams, text, withErrors } from '../../../platform/http-schemas.js';
import { fromCents, moneySchema, toCents } from '../../../platform/money.js';
import type { InvoicesService } from '../application/invoices-service.js';
import type { PaymentsService } from '../application/payments-service.js';

const invoice = z.object({ id: z.string(), orderId: z.string(), amount: z.number(), status: z.enum(['pending', 'paid', 'canceled']) });
const tags = ['payments'];

export const paymentsRoutes = (app: HttpApp, payments: PaymentsService, invoices: InvoicesService): void => {
  app.post('/api/payments', {
    schema: {
      tags,
      description: 'Authorizes a payment; the create-order saga later confirms it for one order of this customer whose total it covers.',
      body: z.strictObject({ customerId: text(100), amount: moneySchema }),
      response: withErrors(createdResponse),
    },
    handler: async (request) => ({ id: await payments.authorize({ customerId: request.body.customerId, amountCents: toCents(request.body.amount) }) }),
  });
  app.get('/api/payments/invoices/:id', {
    schema: { tags, params: idParams, response: withErrors(z.object({ invoice })) },
    handler: async (request) => {
      const { amountCents, ...rest } = await invoices.get(request.params.id);
      return { invoice: { ...rest, amount: fromCents(amountCents) } };
    },
  });
  app.put('/api/payments/invoices/:id/pay', {
    schema: { tags, params: idParams, response: withErrors(emptyResponse) },
    handler: async (request) => {
      await invoices.pay(request.params.id);
      return {};
    },
  });
};
