import { z } from 'zod';
import { text } from '../../../platform/http-schemas.js';

/** The shopping lists' requests and answers as they travel, the same over HTTP and gRPC. */
export const orderItem = z.strictObject({ productId: text(100), storeId: text(100), quantity: z.number().int() });
export const newShoppingList = z.strictObject({ orderId: text(100), items: z.array(orderItem).max(100) });
export const botAssignment = z.strictObject({ botId: text(100) });

const stop = z.object({
  storeName: z.string(),
  storeLocation: z.string(),
  items: z.record(z.string(), z.object({ productName: z.string(), quantity: z.number() })).describe('keyed by product id'),
});
const progress = z
  .object({
    lastSeq: z.number().int().describe('the number of the last report applied; 0 before any'),
    atStoreId: z.string().nullable().describe('the store of the stop the bot is at; null between stops'),
    picked: z.record(z.string(), z.record(z.string(), z.number().int())).describe('quantities picked, by store id and then product id'),
    stopsDone: z.array(z.string()).describe('store ids of the stops done, in order'),
  })
  .describe('the reports of the bot holding the list; they start over when it is assigned, released or failed');
export const shoppingListSchema = z.object({
  id: z.string(),
  orderId: z.string(),
  status: z.enum(['pending', 'available', 'assigned', 'active', 'completed', 'canceled']),
  assignedBotId: z.string().nullable().describe('the bot the list was last assigned to; null before any'),
  stops: z.record(z.string(), stop).describe('keyed by store id'),
  progress,
});
