import { describe, expect, it } from 'vitest';
import {
  causedBy,
  childTraceparent,
  createCommand,
  createEvent,
  createMessage,
  createQuery,
  createReply,
  fillMetadata,
  newTraceparent,
} from './message.js';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

describe('createMessage', () => {
  it('starts a workflow when no cause is given', () => {
    const message = createMessage({ type: 'a.Happened', data: { n: 1 } });
    expect(message.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(message.metadata.correlationId).toBe(message.id);
    expect(message.metadata.causationId).toBe(message.id);
    expect(message.metadata.traceparent).toMatch(TRACEPARENT);
    expect(message.occurredAt).toBeInstanceOf(Date);
    expect(Object.isFrozen(message)).toBe(true);
  });

  it('keeps given ids, metadata and time', () => {
    const occurredAt = new Date(0);
    const message = createMessage({ type: 't', data: null, id: 'id-1', occurredAt, metadata: { correlationId: 'c', tenant: 'x' } });
    expect(message).toMatchObject({ id: 'id-1', occurredAt, metadata: { correlationId: 'c', causationId: 'id-1', tenant: 'x' } });
  });

  it('marks the kind', () => {
    expect(createEvent('t', {}).metadata.kind).toBe('event');
    expect(createCommand('t', {}, { replyTo: 'replies' }).metadata).toMatchObject({ kind: 'command', replyTo: 'replies' });
    expect(createQuery('t', {}).metadata.kind).toBe('query');
  });
});

describe('fillMetadata', () => {
  it('fills what is missing, keeps what is given, and asks for a traceparent only when none is given', () => {
    let asked = 0;
    const trace = () => `trace-${++asked}`;
    expect(fillMetadata('id-1', undefined, trace)).toEqual({ correlationId: 'id-1', causationId: 'id-1', traceparent: 'trace-1' });
    const given = { correlationId: 'c', causationId: 'x', traceparent: 'tp', tenant: 't' };
    expect(fillMetadata('id-2', given, trace)).toEqual(given);
    expect(asked).toBe(1);
  });
});

describe('traceparent', () => {
  it('a child keeps the trace id and gets a new span', () => {
    const parent = newTraceparent();
    const child = childTraceparent(parent);
    expect(child.match(TRACEPARENT)![1]).toBe(parent.match(TRACEPARENT)![1]);
    expect(child.match(TRACEPARENT)![2]).not.toBe(parent.match(TRACEPARENT)![2]);
  });

  it('without a valid parent a new trace starts', () => {
    expect(childTraceparent(undefined)).toMatch(TRACEPARENT);
    expect(childTraceparent('garbage')).toMatch(TRACEPARENT);
  });
});

describe('causedBy', () => {
  it('inherits correlation, sets causation and continues the trace, and nothing else', () => {
    const cause = createCommand('orders.Place', {}, { correlationId: 'workflow', replyTo: 'replies', 'reply.sagaId': 's1' });
    const metadata = causedBy(cause);
    expect(metadata).toEqual({ correlationId: 'workflow', causationId: cause.id, traceparent: expect.stringMatching(TRACEPARENT) });
    expect(metadata.traceparent!.split('-')[1]).toBe(cause.metadata.traceparent!.split('-')[1]);
    const effect = createEvent('orders.Placed', {}, causedBy(cause));
    expect(effect.metadata).toMatchObject({ correlationId: 'workflow', causationId: cause.id });
  });
});

describe('createReply', () => {
  const command = createCommand('payments.Charge', { amount: 5 }, { replyTo: 'replies', 'reply.sagaId': 's1', 'reply.step': 2, tenant: 'x' });

  it('answers success with the result, echoing reply.* metadata', () => {
    const reply = createReply(command, { outcome: 'success', result: { receipt: 'r1' } });
    expect(reply.type).toBe('payments.Charge.Succeeded');
    expect(reply.data).toEqual({ outcome: 'success', result: { receipt: 'r1' }, commandId: command.id, commandType: 'payments.Charge' });
    expect(reply.metadata).toMatchObject({
      kind: 'reply',
      'reply.sagaId': 's1',
      'reply.step': 2,
      correlationId: command.metadata.correlationId,
      causationId: command.id,
    });
    expect(reply.metadata).not.toHaveProperty('tenant');
    expect(reply.metadata).not.toHaveProperty('replyTo');
  });

  it('answers failure with the reason', () => {
    const reply = createReply(command, { outcome: 'failure', reason: 'card declined' });
    expect(reply.type).toBe('payments.Charge.Failed');
    expect(reply.data).toMatchObject({ outcome: 'failure', reason: 'card declined', commandId: command.id });
    expect(reply.metadata['reply.sagaId']).toBe('s1');
  });
});
