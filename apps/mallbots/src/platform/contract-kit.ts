import { z } from 'zod';
import type { MessageRegistry } from '@mallbots/eda';

/** A message type of a contract (an integration event, or a domain event) with its zod schema. */
export interface MessageSpec<S extends z.ZodType = z.ZodType> {
  readonly type: string;
  readonly schema: S;
}

/** A command type with the schema of what its success reply returns. */
export interface CommandSpec<S extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> extends MessageSpec<S> {
  readonly result: R;
}

export type DataOf<M extends MessageSpec> = z.output<M['schema']>;
export type ResultOf<C extends CommandSpec> = z.output<C['result']>;

export const messageSpec = <S extends z.ZodType>(type: string, schema: S): MessageSpec<S> => ({ type, schema });

export const commandSpec = <S extends z.ZodType, R extends z.ZodType = z.ZodObject<Record<string, never>>>(
  type: string,
  schema: S,
  result?: R,
): CommandSpec<S, R> => ({ type, schema, result: (result ?? z.object({})) as R });

const isCommand = (spec: MessageSpec): spec is CommandSpec => 'result' in spec;

/** The types of a command's replies, as `createReply` names them. */
export const replyTypes = (command: Pick<MessageSpec, 'type'>) => ({
  succeeded: `${command.type}.Succeeded`,
  failed: `${command.type}.Failed`,
});

/**
 * Registers each spec; a command also gets its two reply types, so its replies are validated like
 * every other message (a success reply carries the command's `result`).
 */
export const registerSpecs = (registry: MessageRegistry, specs: readonly MessageSpec[]): void => {
  for (const spec of specs) {
    registry.register({ type: spec.type, schema: spec.schema });
    if (!isCommand(spec)) continue;
    const replied = { commandId: z.string(), commandType: z.string() };
    const types = replyTypes(spec);
    registry.register({
      type: types.succeeded,
      schema: z.object({ ...replied, outcome: z.literal('success'), result: spec.result.optional() }),
    });
    registry.register({
      type: types.failed,
      schema: z.object({ ...replied, outcome: z.literal('failure'), reason: z.string() }),
    });
  }
};
