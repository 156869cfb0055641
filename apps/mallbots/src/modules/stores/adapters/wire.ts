import { z } from 'zod';
import { text } from '../../../platform/http-schemas.js';
import { fromCents, moneySchema } from '../../../platform/money.js';
import type { ProductView } from '../application/stores-read-model.js';

/** The stores' requests and answers as they travel, the same over HTTP and gRPC. */
export const storeIdParams = z.strictObject({ storeId: text(100) });
export const newStore = z.strictObject({ name: text(), location: text() });
export const storeName = z.strictObject({ name: text() });
export const newProduct = z.strictObject({ name: text(), description: text(2000), sku: text(100), price: moneySchema });
export const productBrand = z.strictObject({ name: text(), description: text(2000) });
export const newPrice = z.strictObject({ price: moneySchema });

export const productSchema = z.object({ id: z.string(), storeId: z.string(), name: z.string(), description: z.string(), sku: z.string(), price: z.number() });

/** A product on the wire: the price in currency units. */
export const productOnWire = ({ priceCents, ...rest }: ProductView): z.output<typeof productSchema> => ({ ...rest, price: fromCents(priceCents) });
