import { z } from 'zod';
import { REPLY_ECHO_PREFIX, type Message, type ReplyData } from '../message.js';
import type { SagaPhase } from './saga-machine.js';

/** Reply routing a saga puts in its commands' metadata; `createReply` echoes it back. */
export interface SagaRoute {
  sagaName: string;
  sagaId: string;
  step: number;
  phase: SagaPhase;
  /** The saga record's revision once the command was sent: a reply to an older revision is stale. */
  revision: number;
}

const routeSchema = z.object({
  sagaName: z.string(),
  sagaId: z.string(),
  step: z.number().int(),
  phase: z.enum(['action', 'compensation']),
  revision: z.number().int(),
}) satisfies z.ZodType<SagaRoute>;

const routeFields = routeSchema.keyof().options;

/** A route field's metadata key: the prefix is what makes `createReply` echo it. */
const keyOf = (field: keyof SagaRoute): string => `${REPLY_ECHO_PREFIX}${field}`;

/** The route as command metadata, to come back on the reply. */
export const routeMetadata = (route: SagaRoute): Record<string, unknown> =>
  Object.fromEntries(routeFields.map((field) => [keyOf(field), route[field]]));

const replyDataSchema = z.object({
  outcome: z.enum(['success', 'failure']),
  commandId: z.string(),
  commandType: z.string(),
  result: z.unknown().optional(),
  reason: z.string().optional(),
});

/** The route and reply of a message on a saga's reply topic, or undefined when it is not a saga reply. */
export const readReply = (message: Message): { route: SagaRoute; reply: Message<ReplyData> } | undefined => {
  const route = routeSchema.safeParse(Object.fromEntries(routeFields.map((field) => [field, message.metadata[keyOf(field)]])));
  const data = replyDataSchema.safeParse(message.data);
  if (!route.success || !data.success) return undefined;
  return { route: route.data, reply: { ...message, data: data.data } };
};
