import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MessageValidationError, UnknownMessageTypeError } from './errors.js';
import { MessageRegistry } from './registry.js';

const address = z.object({ street: z.string(), city: z.string().min(1) });

describe('MessageRegistry', () => {
  it('encodes valid data to the parsed payload and the current version', () => {
    const registry = new MessageRegistry().register({
      type: 'customers.Registered',
      version: 2,
      schema: z.object({ name: z.string(), address, vip: z.boolean().default(false) }),
      upcasters: { 1: (data) => data },
    });
    expect(registry.has('customers.Registered')).toBe(true);
    expect(registry.has('customers.Other')).toBe(false);
    expect(registry.version('customers.Registered')).toBe(2);
    expect(registry.encode('customers.Registered', { name: 'Ada', address: { street: 'Main', city: 'X' }, extra: 1 })).toEqual({
      data: { name: 'Ada', address: { street: 'Main', city: 'X' }, vip: false },
      schemaVersion: 2,
    });
  });

  it('refuses invalid data naming the type and the failing fields', () => {
    const registry = new MessageRegistry().register({ type: 'customers.Registered', schema: z.object({ name: z.string(), address }) });
    let error: unknown;
    try {
      registry.encode('customers.Registered', { name: 7, address: { street: 'Main', city: '' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MessageValidationError);
    const validation = error as MessageValidationError;
    expect(validation.messageType).toBe('customers.Registered');
    expect(validation.issues.map((i) => i.path)).toEqual(['name', 'address.city']);
    expect(validation.message).toMatch(/^invalid customers\.Registered: name: .+; address\.city: .+/);
  });

  it('refuses unknown types on both paths', () => {
    const registry = new MessageRegistry();
    expect(() => registry.encode('nope.Nothing', {})).toThrow(UnknownMessageTypeError);
    expect(() => registry.decode('nope.Nothing', {}, 1)).toThrow(UnknownMessageTypeError);
    expect(() => registry.version('nope.Nothing')).toThrow(/nope\.Nothing/);
  });

  it('upcasts stored data step by step to the current version, then validates it', () => {
    const steps: string[] = [];
    const registry = new MessageRegistry().register({
      type: 'orders.Placed',
      version: 3,
      schema: z.object({ total: z.object({ amount: z.number(), currency: z.string() }) }),
      upcasters: {
        1: (data) => {
          steps.push('1->2');
          return { total: (data as { cents: number }).cents / 100 };
        },
        2: (data) => {
          steps.push('2->3');
          return { total: { amount: (data as { total: number }).total, currency: 'EUR' } };
        },
      },
    });
    expect(registry.decode('orders.Placed', { cents: 1250 }, 1)).toEqual({ total: { amount: 12.5, currency: 'EUR' } });
    expect(steps).toEqual(['1->2', '2->3']);
    expect(registry.decode('orders.Placed', { total: 3 }, 2)).toEqual({ total: { amount: 3, currency: 'EUR' } });
    expect(registry.decode('orders.Placed', { total: { amount: 1, currency: 'USD' } }, 3)).toEqual({ total: { amount: 1, currency: 'USD' } });
    expect(() => registry.decode('orders.Placed', { total: 'x' }, 2)).toThrow(MessageValidationError);
    expect(() => registry.decode('orders.Placed', {}, 4)).toThrow(/newer than the registered version 3/);
  });

  it('refuses bad registrations', () => {
    const schema = z.object({});
    expect(() => new MessageRegistry().register({ type: 'a.B', schema, version: 0 })).toThrow(/positive integer/);
    expect(() => new MessageRegistry().register({ type: 'a.B', schema, version: 3, upcasters: { 1: (d) => d } })).toThrow(
      /needs an upcaster from version 2/,
    );
    expect(() => new MessageRegistry().register({ type: 'a.B', schema }).register({ type: 'a.B', schema })).toThrow(/registered twice/);
  });
});
