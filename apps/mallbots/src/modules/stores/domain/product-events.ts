import { z } from 'zod';
import type { EventsOf } from './domain-events.js';

const cents = z.number().int().nonnegative();

/**
 * What happens to a product, as stored in its stream (`stores.<Event>`). A price change records
 * the new absolute price and the one it replaced, so each event reads on its own.
 */
export const productEventSchemas = {
  'stores.ProductAdded': z.object({ storeId: z.string(), name: z.string(), description: z.string(), sku: z.string(), priceCents: cents }),
  'stores.ProductRebranded': z.object({ name: z.string(), description: z.string() }),
  'stores.ProductPriceIncreased': z.object({ priceCents: cents, previousPriceCents: cents }),
  'stores.ProductPriceDecreased': z.object({ priceCents: cents, previousPriceCents: cents }),
  'stores.ProductRemoved': z.object({ storeId: z.string() }),
};

export type ProductEvent = EventsOf<typeof productEventSchemas>;
