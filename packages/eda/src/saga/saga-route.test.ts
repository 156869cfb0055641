import { describe, expect, it } from 'vitest';
import { createCommand, createEvent, createReply, REPLY_ECHO_PREFIX } from '../message.js';
import { readReply, routeMetadata, type SagaRoute } from './saga-route.js';

const route: SagaRoute = { sagaName: 'create-order', sagaId: 'o-1', step: 2, phase: 'compensation', revision: 3 };

describe('saga route', () => {
  it('travels in metadata keys that replies echo, and is read back from the reply', () => {
    const metadata = routeMetadata(route);
    expect(Object.keys(metadata).every((key) => key.startsWith(REPLY_ECHO_PREFIX))).toBe(true);
    const command = createCommand('depot.CancelShoppingList', {}, { replyTo: 'replies', ...metadata });
    const read = readReply(createReply(command, { outcome: 'success' }));
    expect(read?.route).toEqual(route);
    expect(read?.reply.data).toMatchObject({ outcome: 'success', commandId: command.id });
  });

  it('reads nothing from a message without a route or without reply data', () => {
    expect(readReply(createEvent('test.Stray', { outcome: 'success', commandId: 'c', commandType: 't' }))).toBeUndefined();
    expect(readReply(createEvent('test.Stray', {}, routeMetadata(route)))).toBeUndefined();
  });
});
