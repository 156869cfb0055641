/**
 * Child process of `crash.test.ts` (not a test): appends events to a few streams in a loop, every
 * seventh time inside a transaction together with an outbox message, and prints `ack <event id>`
 * only after the append resolved, i.e. after COMMIT. The parent SIGKILLs it at a random moment.
 *
 * Usage: node --import tsx crash-writer.fixture.ts <file> <durability>
 */
import { createSqliteBackend } from './index.js';

const [file, durability] = process.argv.slice(2);
if (!file || (durability !== 'full' && durability !== 'normal')) throw new Error('usage: <file> full|normal');

const backend = createSqliteBackend({ file, durability });
const { storage } = backend;
const streams = ['s-0', 's-1', 's-2', 's-3', 's-4'];
const versions = new Map<string, number>();
for (const stream of streams) versions.set(stream, await storage.events.streamVersion(stream));

// stdout is a pipe: Node writes pipes synchronously on Linux, so an ack printed is an ack sent.
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const stream = streams[i % streams.length]!;
  const expectedVersion = versions.get(stream)!;
  const id = `${process.pid}-${i}`;
  if (i % 7 === 0) {
    await storage.transaction(async (tx) => {
      await tx.events.append(stream, [{ id, type: 'WithOutbox', data: { i } }], { expectedVersion });
      await tx.outbox.add([
        { topic: 'crash', message: { id: `out-${id}`, type: 'Sent', data: { i }, metadata: { correlationId: id, causationId: id }, occurredAt: new Date() } },
      ]);
    });
  } else {
    await storage.events.append(stream, [{ id, type: 'Plain', data: { i } }], { expectedVersion });
  }
  versions.set(stream, expectedVersion + 1);
  process.stdout.write(`ack ${id}\n`);
}
