import type { z } from 'zod';

/** A map of domain event type → the zod schema of its data: what the event store validates appends against. */
export type EventSchemas = Record<string, z.ZodType>;

/** The `{ type, data }` union a decider works with, derived from its event schemas (so each shape is written once). */
export type EventsOf<M extends EventSchemas> = { [K in keyof M & string]: { type: K; data: z.output<M[K]> } }[keyof M & string];
