import { describe, expect, it } from 'vitest';
import { createMessage, newTraceparent } from '../message.js';
import { handlerContextFor } from './context.js';

describe('handler context', () => {
  const message = createMessage({ type: 'test.Happened', data: {}, metadata: { correlationId: 'workflow-1', traceparent: newTraceparent() } });
  const traceOf = (traceparent: string) => traceparent.split('-')[1];
  const spanOf = (traceparent: string) => traceparent.split('-')[2];

  it('correlates with the handled message: its workflow, itself as the cause, a child span of its trace', () => {
    const { correlation } = handlerContextFor(message);
    expect(correlation.correlationId).toBe('workflow-1');
    expect(correlation.causationId).toBe(message.id);
    expect(traceOf(correlation.traceparent)).toBe(traceOf(message.metadata.traceparent!));
    expect(spanOf(correlation.traceparent)).not.toBe(spanOf(message.metadata.traceparent!));
  });

  it('is one handling, one span: copies made with `with` share the correlation, whichever reads it first', async () => {
    const ctx = handlerContextFor(message);
    const copy = ctx.with({ signal: new AbortController().signal });
    expect(copy.correlation).toBe(ctx.correlation);
    const sent: string[] = [];
    const other = handlerContextFor(message, { publish: async (messages) => void sent.push(...messages.map((m) => m.message.metadata.traceparent!)) });
    await other.with({}).send({ topic: 't', type: 'test.Sent', data: {} });
    expect(sent).toEqual([other.correlation.traceparent]);
  });

  it('takes a correlation given to `with` instead', () => {
    const ctx = handlerContextFor(message);
    const correlation = { correlationId: 'other', causationId: 'cause', traceparent: newTraceparent(), baggage: {} };
    expect(ctx.with({ correlation }).correlation).toBe(correlation);
    expect(ctx.correlation.correlationId).toBe('workflow-1');
  });
});
