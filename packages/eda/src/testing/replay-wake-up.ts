import { expect } from 'vitest';
import { createEvent } from '../message.js';
import type { Transport } from '../transport.js';
import { waitUntil } from './transport-conformance.js';

/**
 * For an adapter's own tests, on a transport whose safety poll is far off: a message that fails
 * into the dead-letter store, then replayed, reaches its consumer again within `timeoutMs`, which
 * only a wake-up (not the poll) can do.
 */
export const expectReplayToWakeTheConsumer = async (transport: Transport, timeoutMs = 2000): Promise<void> => {
  let failing = true;
  const deliveries: { id: string; replayOf?: string }[] = [];
  await transport.subscribe(
    'jobs',
    async (message, delivery) => {
      deliveries.push({ id: message.id, replayOf: delivery.replayOf });
      if (failing) throw new Error('down');
    },
    { group: 'workers', startFrom: 'beginning', maxAttempts: 1 },
  );
  const job = createEvent('Job', { n: 1 });
  await transport.publish([{ topic: 'jobs', message: job }]);
  await waitUntil('the dead letter', async () => (await transport.deadLetters.list()).length === 1, timeoutMs);
  const [letter] = await transport.deadLetters.list();
  failing = false;
  await transport.deadLetters.replay(letter!.id);
  await waitUntil('the replay', () => deliveries.some((d) => d.replayOf === letter!.id), timeoutMs);
  expect(deliveries.map((d) => d.id)).toEqual([job.id, job.id]);
};
