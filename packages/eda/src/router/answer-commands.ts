import { PermanentError, RuleViolationError } from '../errors.js';
import { createReply, type Message } from '../message.js';
import type { Handler, HandlerContext } from './types.js';

/** Handles one command; what it returns is the success reply's `result`. */
export type CommandFunction<R = unknown> = (command: Message, ctx: HandlerContext) => Promise<R>;

export interface CommandReplyOptions {
  /**
   * Whether an error is a declared failure, answered with a failure reply (and the command acked)
   * instead of being retried. Default: a `RuleViolationError`.
   */
  isFailure?: (error: unknown) => boolean;
}

const isRuleViolation = (error: unknown): boolean => error instanceof RuleViolationError;

/**
 * Makes a router handler of a command function that answers on the command's `replyTo` topic:
 * a success reply with what it returned, or, when it throws a declared failure (a rule violation),
 * a failure reply with the error's message as the reason. Any other error is rethrown, so the
 * command is retried and finally dead-lettered: a crash is not an answer.
 *
 * The reply goes through `ctx.unit.outbox` with the delivery's key, so inside the `inbox`
 * middleware it commits with the command's effects and is sent exactly when they are.
 *
 * Trap: a failure reply commits together with whatever the function wrote before it threw.
 * Check rules before writing (deciders do: they throw before anything is appended).
 * A command without `replyTo` is handled and not answered.
 */
export const answerCommand =
  <R>(handle: CommandFunction<R>, options: CommandReplyOptions = {}): Handler =>
  async (ctx) => {
    const isFailure = options.isFailure ?? isRuleViolation;
    let result: R;
    try {
      result = await handle(ctx.message, ctx);
    } catch (error) {
      if (!isFailure(error)) throw error;
      await answer(ctx, { outcome: 'failure', reason: error instanceof Error ? error.message : String(error) });
      return;
    }
    await answer(ctx, { outcome: 'success', result });
  };

const answer = async <R>(
  ctx: HandlerContext,
  outcome: { outcome: 'success'; result: R } | { outcome: 'failure'; reason: string },
): Promise<void> => {
  const { replyTo } = ctx.message.metadata;
  if (replyTo) await ctx.sendMessage({ topic: replyTo, key: ctx.delivery.key, message: createReply(ctx.message, outcome) });
};

/**
 * One handler for a topic that carries several command types, dispatching on the message type.
 * A type without a function gets a failure reply (`unknown command`), so a requester waiting for
 * the answer learns at once; without `replyTo` the delivery fails with a `PermanentError`, so the
 * transport parks it at once: every further attempt would fail the same way.
 */
export const answerCommands = (handlers: Record<string, CommandFunction>, options: CommandReplyOptions = {}): Handler => {
  const byType = new Map(Object.entries(handlers).map(([type, handle]) => [type, answerCommand(handle, options)]));
  return async (ctx) => {
    const handler = byType.get(ctx.message.type);
    if (handler) return handler(ctx);
    const reason = `unknown command "${ctx.message.type}"`;
    if (!ctx.message.metadata.replyTo) throw new PermanentError(`handler "${ctx.handler}": ${reason}`);
    await answer(ctx, { outcome: 'failure', reason });
  };
};
