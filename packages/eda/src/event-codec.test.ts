import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MessageValidationError, UnknownMessageTypeError } from './errors.js';
import {
  decodeEvent,
  decodeMessage,
  deserializeMessage,
  encodeMessage,
  fromJsonMessage,
  jsonClone,
  prepareEvents,
  serializeMessage,
  toJsonMessage,
} from './event-codec.js';
import type { StoredEvent } from './event-store.js';
import { createEvent } from './message.js';
import { MessageRegistry } from './registry.js';

const v2 = () =>
  new MessageRegistry().register({
    type: 'a.Named',
    version: 2,
    schema: z.object({ name: z.string(), nick: z.string() }),
    upcasters: { 1: (d) => ({ ...(d as object), nick: 'n' }) },
  });

describe('prepareEvents', () => {
  it('fills ids, metadata and time like createMessage, always as events', () => {
    const now = new Date(0);
    const [first, second] = prepareEvents(
      undefined,
      [
        { type: 't', data: 1, metadata: { kind: 'command', tenant: 'x' } },
        { type: 't', data: 2, id: 'given', occurredAt: new Date(5), metadata: { correlationId: 'c', traceparent: 'tp' } },
      ],
      now,
    );
    expect(first).toMatchObject({ type: 't', data: 1, schemaVersion: 1, occurredAt: now, metadata: { tenant: 'x', kind: 'event' } });
    expect(first!.metadata).toMatchObject({ correlationId: first!.id, causationId: first!.id });
    expect(first!.metadata.traceparent).toMatch(/^00-/);
    expect(second).toMatchObject({
      id: 'given',
      occurredAt: new Date(5),
      metadata: { correlationId: 'c', causationId: 'given', traceparent: 'tp', kind: 'event' },
    });
  });

  it('validates every event with a registry before returning any', () => {
    const registry = v2();
    expect(prepareEvents(registry, [{ type: 'a.Named', data: { name: 'a', nick: 'b', x: 1 } }])[0]).toMatchObject({
      data: { name: 'a', nick: 'b' },
      schemaVersion: 2,
    });
    expect(() => prepareEvents(registry, [{ type: 'a.Named', data: { name: 'a', nick: 'b' } }, { type: 'a.Named', data: {} }])).toThrow(
      MessageValidationError,
    );
    expect(() => prepareEvents(registry, [{ type: 'a.Other', data: {} }])).toThrow(UnknownMessageTypeError);
  });
});

describe('decodeEvent and decodeMessage', () => {
  it('upcast with a registry and keep the written schema version', () => {
    const row: StoredEvent = {
      ...createEvent('a.Named', { name: 'a' }),
      streamId: 's',
      version: 1,
      position: 1,
      schemaVersion: 1,
    };
    expect(decodeEvent(v2(), row)).toMatchObject({ data: { name: 'a', nick: 'n' }, schemaVersion: 1 });
    expect(decodeEvent(undefined, row)).toBe(row);
    expect(decodeMessage(v2(), row, 1).data).toEqual({ name: 'a', nick: 'n' });
  });
});

describe('encodeMessage', () => {
  it('returns the parsed message and version, or refuses it', () => {
    const registry = v2();
    const message = createEvent('a.Named', { name: 'a', nick: 'b', extra: true });
    expect(encodeMessage(registry, message)).toEqual({ message: { ...message, data: { name: 'a', nick: 'b' } }, schemaVersion: 2 });
    expect(encodeMessage(undefined, message)).toEqual({ message, schemaVersion: 1 });
    expect(() => encodeMessage(registry, createEvent('a.Named', { name: 'a' }))).toThrow(/invalid a\.Named: nick/);
    expect(() => encodeMessage(registry, createEvent('a.Nope', {}))).toThrow(UnknownMessageTypeError);
  });
});

describe('JSON helpers', () => {
  it('round-trip a message with its Date', () => {
    const message = createEvent('a.Named', { name: 'a', list: [1, null] }, { tenant: 'x' });
    const text = serializeMessage(message);
    expect(JSON.parse(text).occurredAt).toBe(message.occurredAt.toISOString());
    expect(deserializeMessage(text)).toEqual({ ...message });
    expect(fromJsonMessage(toJsonMessage(message))).toEqual({ ...message });
  });

  it('refuse a malformed envelope', () => {
    expect(() => deserializeMessage('{"id":"1","type":"t","data":{},"metadata":{},"occurredAt":"2024-01-01T00:00:00Z"}')).toThrow();
    expect(() => fromJsonMessage({ id: '1', type: 't', data: 1, metadata: { correlationId: 'c', causationId: 'c' }, occurredAt: 'yesterday' })).toThrow();
  });

  it('jsonClone copies like a database would', () => {
    const value = { at: new Date(0), nested: { list: [1] }, gone: undefined };
    const copy = jsonClone(value);
    expect(copy).toEqual({ at: '1970-01-01T00:00:00.000Z', nested: { list: [1] } });
    expect(copy.nested).not.toBe(value.nested);
    expect(jsonClone(undefined)).toBeUndefined();
  });
});
