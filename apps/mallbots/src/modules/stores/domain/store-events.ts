import { z } from 'zod';
import type { EventsOf } from './domain-events.js';

/** What happens to a store, as stored in its stream (`stores.<Event>`). */
export const storeEventSchemas = {
  'stores.StoreCreated': z.object({ name: z.string(), location: z.string() }),
  'stores.StoreParticipationEnabled': z.object({}),
  'stores.StoreParticipationDisabled': z.object({}),
  'stores.StoreRebranded': z.object({ name: z.string() }),
};

export type StoreEvent = EventsOf<typeof storeEventSchemas>;
