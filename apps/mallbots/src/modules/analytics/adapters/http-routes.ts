import { z } from 'zod';
import type { HttpApp } from '../../../platform/http.js';
import { withErrors } from '../../../platform/http-schemas.js';
import type { AnalyticsService } from '../application/analytics-service.js';

const store = z.object({ storeId: z.string(), storeName: z.string(), orders: z.number(), items: z.number(), revenue: z.number() });
const product = z.object({ productId: z.string(), productName: z.string(), storeId: z.string(), quantity: z.number(), revenue: z.number() });

export const analyticsRoutes = (app: HttpApp, service: AnalyticsService): void => {
  app.get('/api/analytics/sales', {
    schema: {
      tags: ['analytics'],
      summary: 'Sales of completed orders per store and per product, best-selling first (revenue in units)',
      response: withErrors(z.object({ stores: z.array(store), products: z.array(product) })),
    },
    handler: () => service.report(),
  });
};
