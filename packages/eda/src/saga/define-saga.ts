import type { Message, ReplyData } from '../message.js';

/** A command a saga step sends; the orchestrator adds reply routing and causal metadata. */
export interface SagaCommand {
  topic: string;
  type: string;
  data: unknown;
  /** The ordering key (default: the saga id, so one saga's commands stay in order). */
  key?: string;
}

/**
 * One step. `action` sends the step's command and the saga waits for its reply; `compensation`
 * undoes the step when a later step fails. Either may return undefined to skip (nothing to do for
 * this data). A step without an action (e.g. "the order exists") still compensates.
 */
export interface SagaStep<D> {
  name: string;
  action?: (data: D) => SagaCommand | undefined;
  compensation?: (data: D) => SagaCommand | undefined;
  /** On the action's success reply: the saga data to carry on with (e.g. with an id the reply returned). */
  onReply?: (data: D, reply: Message<ReplyData>) => D;
  /** How long to wait for this step's replies (action and compensation); the orchestrator's default otherwise. */
  timeoutMs?: number;
}

/**
 * An orchestrated saga: forward steps in order, each awaiting its reply; on a failure or a timeout
 * the completed steps are compensated in reverse order. `D` is the saga's data and must survive
 * JSON (it is persisted after every step).
 */
export interface SagaDefinition<D> {
  /** Unique: names the saga's records, its consumer group and inbox. */
  name: string;
  /** Where the participants reply: the `replyTo` of every command this saga sends. */
  replyTopic: string;
  steps: readonly SagaStep<D>[];
}

/** Checks a saga definition (steps present, names unique) and returns it. */
export const defineSaga = <D>(saga: SagaDefinition<D>): SagaDefinition<D> => {
  if (!saga.name) throw new Error('a saga needs a name');
  if (!saga.replyTopic) throw new Error(`saga "${saga.name}": replyTopic is required`);
  if (saga.steps.length === 0) throw new Error(`saga "${saga.name}" has no steps`);
  const names = new Set(saga.steps.map((step) => step.name));
  if (names.size !== saga.steps.length) throw new Error(`saga "${saga.name}": step names must be unique`);
  return saga;
};
