import { z } from 'zod';
import { messageSpec } from '../../platform/contract-kit.js';

/** What other modules may know of stores and their products: integration events (money in cents). */
export const StoresTopics = {
  store: 'mallbots.stores.events.Store',
  product: 'mallbots.stores.events.Product',
} as const;

const storeId = z.string().min(1);
const productId = z.string().min(1);

export const StoreCreated = messageSpec('storesapi.StoreCreated', z.object({ storeId, name: z.string(), location: z.string() }));
export const StoreParticipationEnabled = messageSpec('storesapi.StoreParticipationEnabled', z.object({ storeId }));
export const StoreParticipationDisabled = messageSpec('storesapi.StoreParticipationDisabled', z.object({ storeId }));
export const StoreRebranded = messageSpec('storesapi.StoreRebranded', z.object({ storeId, name: z.string() }));

export const ProductAdded = messageSpec(
  'storesapi.ProductAdded',
  z.object({
    productId,
    storeId,
    name: z.string(),
    description: z.string(),
    sku: z.string(),
    priceCents: z.number().int().nonnegative(),
  }),
);
export const ProductRebranded = messageSpec('storesapi.ProductRebranded', z.object({ productId, name: z.string(), description: z.string() }));
/** The new absolute price, after an increase or a decrease. */
export const ProductPriceChanged = messageSpec(
  'storesapi.ProductPriceChanged',
  z.object({ productId, priceCents: z.number().int().nonnegative(), previousPriceCents: z.number().int().nonnegative() }),
);
export const ProductRemoved = messageSpec('storesapi.ProductRemoved', z.object({ productId, storeId }));

export const storesContract = [
  StoreCreated,
  StoreParticipationEnabled,
  StoreParticipationDisabled,
  StoreRebranded,
  ProductAdded,
  ProductRebranded,
  ProductPriceChanged,
  ProductRemoved,
];
