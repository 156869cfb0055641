import { afterEach, describe, expect, it, vi } from 'vitest';
import { notifyListeners } from './notify-listeners.js';

describe('notifyListeners', () => {
  afterEach(() => vi.restoreAllMocks());

  it('calls every listener with the argument even when one throws, and reports the error', () => {
    const seen: string[] = [];
    const boom = new Error('boom');
    const errors: unknown[] = [];
    const listeners = [
      (topic: string) => void seen.push(`a:${topic}`),
      () => {
        throw boom;
      },
      (topic: string) => void seen.push(`c:${topic}`),
    ];
    expect(() => notifyListeners(listeners, 'orders', 'topic', (error, context) => errors.push([error, context]))).not.toThrow();
    expect(seen).toEqual(['a:orders', 'c:orders']);
    expect(errors).toEqual([[boom, 'topic']]);
  });

  it('reports to console.error by default', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const boom = new Error('boom');
    notifyListeners(
      [
        () => {
          throw boom;
        },
      ],
      undefined,
      'events appended',
    );
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('events appended'), boom);
  });

  it('calls the listeners present when it started, even if one unsubscribes another', () => {
    const seen: string[] = [];
    const listeners = new Set<(arg: undefined) => void>();
    const second = () => void seen.push('second');
    listeners.add(() => {
      seen.push('first');
      listeners.delete(second);
    });
    listeners.add(second);
    notifyListeners(listeners, undefined, 'x');
    expect(seen).toEqual(['first', 'second']);
  });
});
