import { z } from 'zod';
import type { BotMessage__Output } from '../grpc/generated/mallbots/robots/v1/BotMessage.js';
import type { ProgressReport } from '../modules/depot/domain/progress.js';

/** What a bot said, once checked: a heartbeat, or report number `seq` on a shopping list. */
export type BotInput = { kind: 'heartbeat' } | { kind: 'report'; shoppingListId: string; seq: number; report: ProgressReport };

/** A message that is not what the protocol allows; the stream ends with INVALID_ARGUMENT and this message. */
export class MalformedBotMessageError extends Error {
  override readonly name = 'MalformedBotMessageError';
}

const id = z.string().min(1, 'is required').max(100);
const steps = {
  started: z.object({}).transform((): ProgressReport => ({ type: 'started' })),
  arrived: z.object({ storeId: id }).transform(({ storeId }): ProgressReport => ({ type: 'arrived', storeId })),
  picked: z
    .object({ storeId: id, productId: id, quantity: z.number().int().min(1, 'must be at least 1') })
    .transform((picked): ProgressReport => ({ type: 'picked', ...picked })),
  stopDone: z.object({ storeId: id }).transform(({ storeId }): ProgressReport => ({ type: 'stopDone', storeId })),
  completed: z.object({}).transform((): ProgressReport => ({ type: 'completed' })),
  failed: z.object({ reason: z.string().trim().min(1, 'is required').max(500) }).transform(({ reason }): ProgressReport => ({ type: 'failed', reason })),
};
const reportHeader = z.object({ shoppingListId: id, seq: z.number().int().min(1, 'must be at least 1') });

const check = <T>(schema: z.ZodType<T>, value: unknown, path: string): T => {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new MalformedBotMessageError(`${[path, ...issue.path].join('.')}: ${issue.message}`);
};

/**
 * Checks a decoded `BotMessage` (absent fields are their proto defaults, so a missing id is an
 * empty string and a missing number 0); throws `MalformedBotMessageError` naming the field.
 * Only the shape is checked here: whether a report is allowed is the depot's rule.
 */
export const parseBotMessage = (message: BotMessage__Output): BotInput => {
  if (message.body === 'heartbeat') return { kind: 'heartbeat' };
  if (message.body !== 'report' || !message.report) throw new MalformedBotMessageError('body: a heartbeat or a report is required');
  const { report } = message;
  const { shoppingListId, seq } = check(reportHeader, report, 'report');
  const step = report.step;
  if (!step) throw new MalformedBotMessageError('report.step: one of started, arrived, picked, stopDone, completed, failed is required');
  return { kind: 'report', shoppingListId, seq, report: check(steps[step], report[step], `report.${step}`) };
};
