import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../errors.js';
import { createEvent } from '../../message.js';
import { createMemoryBackend } from '../../memory/index.js';
import { waitUntil } from '../../testing/transport-conformance.js';
import { compose } from '../compose.js';
import { handlerContextFor } from '../context.js';
import { createRouter } from '../router.js';
import { deadLetterOn } from './dead-letter.js';
import { retry } from './retry.js';

class MissingProduct extends Error {}

describe('deadLetterOn middleware', () => {
  const ctx = () => handlerContextFor(createEvent('test.Poisoned', {}));

  it('turns the chosen failures into a PermanentError carrying the original', async () => {
    const original = new MissingProduct('product p-1 does not exist');
    const handler = compose([deadLetterOn((e) => e instanceof MissingProduct)], async () => {
      throw original;
    });
    const error = await handler(ctx()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentError);
    expect((error as PermanentError).message).toBe('product p-1 does not exist');
    expect((error as PermanentError).cause).toBe(original);
  });

  it('lets other failures through unchanged; inside retry it stops poison from being retried', async () => {
    const transient = new Error('database busy');
    const passing = compose([deadLetterOn((e) => e instanceof MissingProduct)], async () => {
      throw transient;
    });
    await expect(passing(ctx())).rejects.toBe(transient);

    let calls = 0;
    const poisoned = compose([deadLetterOn(() => true), retry({ retries: 3, backoff: { initialMs: 1 } })], async () => {
      calls++;
      throw new MissingProduct('gone');
    });
    await expect(poisoned(ctx())).rejects.toBeInstanceOf(PermanentError);
    expect(calls).toBe(4);
    calls = 0;
    const outside = compose([retry({ retries: 3, backoff: { initialMs: 1 } }), deadLetterOn(() => true)], async () => {
      calls++;
      throw new MissingProduct('gone');
    });
    await expect(outside(ctx())).rejects.toBeInstanceOf(PermanentError);
    expect(calls, 'retry outside deadLetterOn sees a PermanentError and does not retry it').toBe(1);
  });

  it('has the router park the message on its first delivery', async () => {
    const backend = createMemoryBackend();
    let deliveries = 0;
    const router = createRouter({ transport: backend.transport }).addHandler({
      name: 'stock',
      topics: 'stores.events',
      maxAttempts: 5,
      backoff: { initialMs: 1 },
      middleware: [deadLetterOn((e) => e instanceof MissingProduct)],
      handler: async () => {
        deliveries++;
        throw new MissingProduct('product p-1 does not exist');
      },
    });
    await router.start();
    try {
      await backend.transport.publish([{ topic: 'stores.events', message: createEvent('stores.ProductRemoved', { id: 'p-1' }) }]);
      await waitUntil('the dead letter', async () => (await backend.transport.deadLetters.list({ group: 'stock' })).length === 1);
      const [letter] = await backend.transport.deadLetters.list({ group: 'stock' });
      expect(letter).toMatchObject({ attempts: 1, error: 'product p-1 does not exist' });
      expect(deliveries).toBe(1);
    } finally {
      await router.stop();
      await backend.close();
    }
  });
});
