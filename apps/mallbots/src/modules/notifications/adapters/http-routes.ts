import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { text, withErrors } from '../../../platform/http-schemas.js';
import type { NotificationsService } from '../application/notifications-service.js';

const notification = z.object({
  id: z.string(),
  customerId: z.string(),
  orderId: z.string(),
  kind: z.enum(['order-created', 'order-ready', 'order-canceled', 'order-completed']),
  to: z.string(),
  text: z.string(),
  sentAt: z.string(),
});

export const notificationsRoutes = (app: HttpApp, service: NotificationsService): void => {
  app.get('/api/notifications', {
    schema: {
      tags: ['notifications'],
      summary: "The texts sent, oldest first: a customer's, or everyone's without customerId",
      querystring: z.strictObject({ customerId: text(100).optional() }),
      response: withErrors(z.object({ notifications: z.array(notification) })),
    },
    handler: async (request) => ({ notifications: await service.list(request.query.customerId) }),
  });
};
