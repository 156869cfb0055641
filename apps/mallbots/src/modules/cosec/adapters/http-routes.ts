import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { emptyResponse, idParams, withErrors } from '../../../platform/http-schemas.js';
import type { CreateOrderSagas } from '../application/create-order-sagas.js';

const status = z.enum(['running', 'compensating', 'completed', 'compensated', 'stuck']);
const saga = z.object({
  id: z.string(),
  status,
  step: z.number(),
  stepName: z.string().nullable(),
  reason: z.string().nullable(),
  updatedAt: z.string(),
});
const sagaDetail = saga.extend({
  customerId: z.string(),
  paymentId: z.string(),
  shoppingId: z.string().nullable(),
  deadline: z.string().nullable(),
});
const tags = ['cosec'];

/** Staff routes (an addition to the reference API): watch the create-order sagas and resume stuck ones. */
export const cosecRoutes = (app: HttpApp, sagas: CreateOrderSagas): void => {
  app.get('/api/cosec/sagas', {
    schema: {
      tags,
      summary: 'The create-order sagas (saga id = order id), optionally only those with a status, e.g. `stuck`',
      querystring: z.strictObject({ status: status.optional() }),
      response: withErrors(z.object({ sagas: z.array(saga) })),
    },
    handler: async (request) => ({ sagas: await sagas.list(request.query.status) }),
  });
  app.get('/api/cosec/sagas/:id', {
    schema: { tags, summary: 'One create-order saga', params: idParams, response: withErrors(z.object({ saga: sagaDetail })) },
    handler: async (request) => ({ saga: await sagas.get(request.params.id) }),
  });
  app.put('/api/cosec/sagas/:id/resume', {
    schema: {
      tags,
      summary: 'Resumes a stuck saga once its cause is fixed: it sends the failed compensation again, then compensates backward',
      params: idParams,
      response: withErrors(emptyResponse),
    },
    handler: async (request) => {
      await sagas.resume(request.params.id);
      return {};
    },
  });
};
