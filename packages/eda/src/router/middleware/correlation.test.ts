import { describe, expect, it } from 'vitest';
import { createMessage, type Message } from '../../message.js';
import type { OutgoingMessage } from '../../storage.js';
import { compose } from '../compose.js';
import { handlerContextFor } from '../context.js';
import { correlation } from './correlation.js';

const run = async (message: Message, middleware = [correlation({ propagate: ['tenant'] })]): Promise<Message[]> => {
  const published: OutgoingMessage[] = [];
  const ctx = handlerContextFor(message, { publish: async (messages) => void published.push(...messages) });
  await compose(middleware, async (c) => {
    await c.send({ topic: 'out', type: 'test.First', data: {} });
    await c.sendMessage({ topic: 'out', message: createMessage({ type: 'test.Second', data: {}, metadata: { tenant: 'overridden?' } }) });
  })(ctx);
  return published.map((p) => p.message);
};

describe('correlation middleware', () => {
  it('propagates correlation, causation, one trace span and the named keys to everything sent', async () => {
    const incoming = createMessage({ type: 'test.In', data: {}, metadata: { tenant: 'mall-7', secret: 'x' } });
    const sent = await run(incoming);
    expect(sent).toHaveLength(2);
    for (const message of sent) {
      expect(message.metadata.correlationId).toBe(incoming.metadata.correlationId);
      expect(message.metadata.causationId).toBe(incoming.id);
      expect(message.metadata.traceparent?.split('-')[1]).toBe(incoming.metadata.traceparent?.split('-')[1]);
      expect(message.metadata.secret).toBeUndefined();
    }
    expect(sent[0]?.metadata.tenant).toBe('mall-7');
    // A key the sender set itself wins over the propagated one.
    expect(sent[1]?.metadata.tenant).toBe('overridden?');
    expect(sent[0]?.metadata.traceparent).toBe(sent[1]?.metadata.traceparent);
  });

  it('repairs the envelope of a producer that sent no correlation id', async () => {
    const valid = createMessage({ type: 'test.Foreign', data: {} });
    const foreign: Message = { ...valid, metadata: { ...valid.metadata, correlationId: undefined as unknown as string } };
    const [withMiddleware] = await run(foreign);
    expect(withMiddleware?.metadata.correlationId).toBe(foreign.id);
    const [without] = await run(foreign, []);
    // Without the middleware createMessage starts a new workflow: the chain is broken.
    expect(without?.metadata.correlationId).not.toBe(foreign.id);
  });
});
