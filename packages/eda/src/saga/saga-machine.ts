import type { ReplyData } from '../message.js';
import type { SagaStatus } from '../storage.js';
import type { SagaCommand, SagaDefinition } from './define-saga.js';

// The saga's decisions as pure functions of its definition and state: no I/O, no clock. The
// orchestrator persists what they return and sends the commands.

/** Which command of a step a reply answers. */
export type SagaPhase = 'action' | 'compensation';

/**
 * Where a saga goes next. `step` is the step running or compensating; a completed saga is past
 * the last step (`steps.length`), a compensated one before the first (-1). With `send`, the saga
 * waits for the reply to that command.
 */
export interface SagaTransition<D> {
  status: SagaStatus;
  step: number;
  data: D;
  reason: string | null;
  /**
   * With `stuck`: why the saga was compensating (`reason` then says why it is stuck). The saga
   * keeps it so that `onResume` can compensate for it again.
   */
  compensationReason?: string;
  send?: { phase: SagaPhase; command: SagaCommand };
}

/** Runs forward from step `from`: the first step whose action has a command, or completion. */
export const forward = <D>(saga: SagaDefinition<D>, data: D, from: number): SagaTransition<D> => {
  for (let step = from; step < saga.steps.length; step++) {
    const command = saga.steps[step]?.action?.(data);
    if (command) return { status: 'running', step, data, reason: null, send: { phase: 'action', command } };
  }
  return { status: 'completed', step: saga.steps.length, data, reason: null };
};

/** Compensates backward from step `from`: the first step whose compensation has a command, or the end. */
export const backward = <D>(saga: SagaDefinition<D>, data: D, from: number, reason: string): SagaTransition<D> => {
  for (let step = from; step >= 0; step--) {
    const command = saga.steps[step]?.compensation?.(data);
    if (command) return { status: 'compensating', step, data, reason, send: { phase: 'compensation', command } };
  }
  return { status: 'compensated', step: -1, data, reason };
};

export interface SagaState<D> {
  status: SagaStatus;
  step: number;
  data: D;
  reason: string | null;
  /** What the `stuck` transition that parked the saga kept (see `SagaTransition`). */
  compensationReason?: string;
}

/** The phase a saga waits in, if it waits for a reply at all. */
export const waitingPhase = (status: SagaStatus): SagaPhase | undefined =>
  status === 'running' ? 'action' : status === 'compensating' ? 'compensation' : undefined;

const stepName = <D>(saga: SagaDefinition<D>, step: number): string => saga.steps[step]?.name ?? `#${step}`;

/**
 * The answer to the command the saga waits for (the caller has checked that it is that one).
 * A success moves on; an action's failure compensates the steps before it (the failed one did
 * nothing); a compensation's failure parks the saga as `stuck`: retrying an undo that a
 * participant refuses would loop forever, so a person decides (and fixes the cause, then resumes).
 */
export const onReply = <D>(
  saga: SagaDefinition<D>,
  state: SagaState<D>,
  reply: Pick<ReplyData, 'outcome' | 'reason'>,
  mergeReply: (data: D) => D,
): SagaTransition<D> => {
  const name = stepName(saga, state.step);
  if (state.status === 'running') {
    return reply.outcome === 'success'
      ? forward(saga, mergeReply(state.data), state.step + 1)
      : backward(saga, state.data, state.step - 1, `step "${name}" failed: ${reply.reason ?? 'no reason given'}`);
  }
  return reply.outcome === 'success'
    ? backward(saga, state.data, state.step - 1, state.reason ?? `step "${name}" compensated`)
    : stuck(state, `compensation of step "${name}" failed: ${reply.reason ?? 'no reason given'}`);
};

/**
 * The saga's deadline passed. A step that timed out may have taken effect (only its reply may be
 * lost), so compensation starts with that step itself: compensations must be idempotent and
 * succeed when there is nothing to undo. A compensation that times out parks the saga as `stuck`.
 */
export const onTimeout = <D>(saga: SagaDefinition<D>, state: SagaState<D>, deadline: Date): SagaTransition<D> => {
  const name = stepName(saga, state.step);
  const noReply = `no reply by ${deadline.toISOString()}`;
  return state.status === 'running'
    ? backward(saga, state.data, state.step, `step "${name}" timed out: ${noReply}`)
    : stuck(state, `compensation of step "${name}" timed out: ${noReply}`);
};

const stuck = <D>(state: SagaState<D>, why: string): SagaTransition<D> => ({
  status: 'stuck',
  step: state.step,
  data: state.data,
  reason: state.reason ? `${why} (compensating because ${state.reason})` : why,
  compensationReason: state.reason ?? undefined,
});

/**
 * Staff fixed what made a compensation fail: the saga compensates again from the step it is stuck
 * at, whose compensation is sent again (compensations are idempotent, so one that took effect
 * before failing does no harm), then backward as usual; a step whose compensation now has nothing
 * to undo is skipped. `reason` goes back to why the saga compensates in the first place: a saga
 * that ends compensated still says why, and one stuck again says why anew, in the same form as the
 * first time. A saga parked before `compensationReason` was kept compensates for its stuck reason.
 * Undefined when the saga is not stuck: there is nothing to resume.
 */
export const onResume = <D>(saga: SagaDefinition<D>, state: SagaState<D>): SagaTransition<D> | undefined => {
  if (state.status !== 'stuck') return undefined;
  const reason = state.compensationReason ?? state.reason ?? `step "${stepName(saga, state.step)}" resumed`;
  return backward(saga, state.data, state.step, reason);
};
