import { z } from 'zod';
import type { Message, ReplyData } from '../message.js';
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

/** The metadata keys start with `reply.`, so `createReply` echoes them. */
export const routeMetadata = (route: SagaRoute) => ({
  'reply.sagaName': route.sagaName,
  'reply.sagaId': route.sagaId,
  'reply.step': route.step,
  'reply.phase': route.phase,
  'reply.revision': route.revision,
});

const routeSchema = z
  .object({
    'reply.sagaName': z.string(),
    'reply.sagaId': z.string(),
    'reply.step': z.number().int(),
    'reply.phase': z.enum(['action', 'compensation']),
    'reply.revision': z.number().int(),
  })
  .transform(
    (m): SagaRoute => ({
      sagaName: m['reply.sagaName'],
      sagaId: m['reply.sagaId'],
      step: m['reply.step'],
      phase: m['reply.phase'],
      revision: m['reply.revision'],
    }),
  );

const replyDataSchema = z.object({
  outcome: z.enum(['success', 'failure']),
  commandId: z.string(),
  commandType: z.string(),
  result: z.unknown().optional(),
  reason: z.string().optional(),
});

/** The route and reply of a message on a saga's reply topic, or undefined when it is not a saga reply. */
export const readReply = (message: Message): { route: SagaRoute; reply: Message<ReplyData> } | undefined => {
  const route = routeSchema.safeParse(message.metadata);
  const data = replyDataSchema.safeParse(message.data);
  if (!route.success || !data.success) return undefined;
  return { route: route.data, reply: { ...message, data: data.data } };
};
