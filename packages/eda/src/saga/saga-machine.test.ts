import { describe, expect, it } from 'vitest';
import { defineSaga } from './define-saga.js';
import { backward, forward, onReply, onResume, onTimeout, type SagaState } from './saga-machine.js';

interface Data {
  skipPayment: boolean;
  note?: string;
}

const cmd = (type: string) => () => ({ topic: 't', type, data: {} });
const saga = defineSaga<Data>({
  name: 'machine',
  replyTopic: 'replies',
  steps: [
    { name: 'zero', compensation: cmd('UndoZero') },
    { name: 'one', action: cmd('One') },
    {
      name: 'two',
      action: (data) => (data.skipPayment ? undefined : { topic: 't', type: 'Two', data: {} }),
      compensation: (data) => (data.skipPayment ? undefined : { topic: 't', type: 'UndoTwo', data: {} }),
    },
    { name: 'three', action: cmd('Three') },
  ],
});
const keep = (data: Data) => data;

describe('saga machine', () => {
  it('skips steps without a command going forward, and completes past the last step', () => {
    expect(forward(saga, { skipPayment: false }, 0)).toMatchObject({ status: 'running', step: 1, send: { phase: 'action' } });
    expect(forward(saga, { skipPayment: true }, 2)).toMatchObject({ status: 'running', step: 3, send: { command: { type: 'Three' } } });
    expect(forward(saga, { skipPayment: true }, 4)).toEqual({ status: 'completed', step: 4, data: { skipPayment: true }, reason: null });
  });

  it('skips steps without a compensation going backward, and ends compensated before the first step', () => {
    expect(backward(saga, { skipPayment: false }, 1, 'why')).toMatchObject({ status: 'compensating', step: 0, reason: 'why', send: { phase: 'compensation', command: { type: 'UndoZero' } } });
    expect(backward(saga, { skipPayment: false }, -1, 'why')).toEqual({ status: 'compensated', step: -1, data: { skipPayment: false }, reason: 'why' });
  });

  it('merges the success reply and moves on', () => {
    const next = onReply(saga, { status: 'running', step: 1, data: { skipPayment: false }, reason: null }, { outcome: 'success' }, (data) => ({ ...data, note: 'merged' }));
    expect(next).toMatchObject({ status: 'running', step: 2, data: { note: 'merged' } });
  });

  it('compensates the steps before a failed one, not the failed step', () => {
    const next = onReply(saga, { status: 'running', step: 3, data: { skipPayment: false }, reason: null }, { outcome: 'failure', reason: 'no' }, keep);
    expect(next).toMatchObject({ status: 'compensating', step: 2, reason: 'step "three" failed: no' });
  });

  it('compensates a timed-out step itself, whose effect is unknown', () => {
    const next = onTimeout(saga, { status: 'running', step: 2, data: { skipPayment: false }, reason: null }, new Date(0));
    expect(next).toMatchObject({ status: 'compensating', step: 2, reason: 'step "two" timed out: no reply by 1970-01-01T00:00:00.000Z' });
  });

  it('is stuck when a compensation fails or times out, keeping the first reason', () => {
    const compensating = { status: 'compensating' as const, step: 2, data: { skipPayment: false }, reason: 'step "three" failed: no' };
    expect(onReply(saga, compensating, { outcome: 'failure', reason: 'locked' }, keep)).toEqual({
      status: 'stuck',
      step: 2,
      data: compensating.data,
      reason: 'compensation of step "two" failed: locked (compensating because step "three" failed: no)',
      compensationReason: 'step "three" failed: no',
    });
    expect(onTimeout(saga, compensating, new Date(0))).toMatchObject({ status: 'stuck', step: 2 });
    expect(onReply(saga, compensating, { outcome: 'success' }, keep)).toMatchObject({ status: 'compensating', step: 0 });
  });

  describe('resuming a stuck saga', () => {
    const stuckAt = (step: number, data: Data = { skipPayment: false }): SagaState<Data> =>
      onReply(saga, { status: 'compensating', step, data, reason: 'step "three" failed: no' }, { outcome: 'failure', reason: 'locked' }, keep);
    const resumedAt = (step: number): SagaState<Data> => {
      const resumed = onResume(saga, stuckAt(step));
      if (!resumed) throw new Error('a stuck saga resumes');
      return resumed;
    };

    it('sends the stuck compensation again, compensating for the first reason', () => {
      expect(onResume(saga, stuckAt(2))).toEqual({
        status: 'compensating',
        step: 2,
        data: { skipPayment: false },
        reason: 'step "three" failed: no',
        send: { phase: 'compensation', command: { topic: 't', type: 'UndoTwo', data: {} } },
      });
    });

    it('ends compensated with the first reason, or stuck again with the new one', () => {
      const resumed = resumedAt(0);
      expect(resumed).toMatchObject({ status: 'compensating', step: 0 });
      expect(onReply(saga, resumed, { outcome: 'success' }, keep)).toEqual({
        status: 'compensated',
        step: -1,
        data: { skipPayment: false },
        reason: 'step "three" failed: no',
      });
      expect(onReply(saga, resumed, { outcome: 'failure', reason: 'still locked' }, keep)).toMatchObject({
        status: 'stuck',
        step: 0,
        reason: 'compensation of step "zero" failed: still locked (compensating because step "three" failed: no)',
        compensationReason: 'step "three" failed: no',
      });
    });

    it('goes on backward when the stuck step has nothing to undo now', () => {
      expect(onResume(saga, stuckAt(2, { skipPayment: true }))).toMatchObject({ status: 'compensating', step: 0, send: { command: { type: 'UndoZero' } } });
    });

    it('compensates for the stuck reason when the saga was parked without its compensation reason', () => {
      const parked: SagaState<Data> = { status: 'stuck', step: 0, data: { skipPayment: false }, reason: 'compensation of step "zero" failed: locked' };
      expect(onResume(saga, parked)).toMatchObject({ status: 'compensating', step: 0, reason: 'compensation of step "zero" failed: locked' });
    });

    it('resumes only a stuck saga', () => {
      for (const status of ['running', 'compensating', 'completed', 'compensated'] as const) {
        expect(onResume(saga, { status, step: 2, data: { skipPayment: false }, reason: null })).toBeUndefined();
      }
    });
  });

  it('refuses a definition without steps or with repeated step names', () => {
    expect(() => defineSaga({ name: 's', replyTopic: 'r', steps: [] })).toThrow(/no steps/);
    expect(() => defineSaga({ name: 's', replyTopic: 'r', steps: [{ name: 'a' }, { name: 'a' }] })).toThrow(/unique/);
  });
});
