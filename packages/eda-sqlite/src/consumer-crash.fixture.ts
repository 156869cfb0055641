/**
 * Child process of `consumer-crash.test.ts` (not a test): consumes a topic through the router with
 * `inboxHandler`, recording every application of a message in `applications` (no unique
 * constraint, so a second application would show up as a second row) and bumping a per-key counter
 * in `effects`, both in the handler's transaction. The parent SIGKILLs it at a random moment.
 *
 * Lines on stdout (a pipe: Node writes pipes synchronously on Linux, so a printed line was sent
 * before the next statement runs):
 * - `ready`: the tables exist and the router is subscribed;
 * - `tx <position>`: inside the handler's open transaction, after the inbox claimed the id;
 * - `ok <position>`: that transaction committed;
 * - `dup <position>`: a redelivery the inbox skipped (its first application committed earlier).
 *
 * Usage: node --import tsx consumer-crash.fixture.ts <file> <topic>
 */
import { createRouter, inboxHandler, type Handler } from '@mallbots/eda';
import { createSqliteBackend } from './index.js';

const [file, topic] = process.argv.slice(2);
if (!file || !topic) throw new Error('usage: <file> <topic>');

// 'normal' (synchronous = NORMAL under WAL) survives a process crash, which is what this test
// kills; 'full' would add an fsync per commit and only guards against power loss.
const backend = createSqliteBackend({
  file,
  durability: 'normal',
  transport: { onError: (error, context) => console.error(`transport: ${context}`, error) },
});
const { storage } = backend;

await storage.transaction(async (tx) => {
  tx.db.exec(`
    CREATE TABLE IF NOT EXISTS applications (
      id         INTEGER PRIMARY KEY AUTOINCREMENT,
      message_id TEXT    NOT NULL,
      key        TEXT    NOT NULL,
      seq        INTEGER NOT NULL,
      position   INTEGER NOT NULL,
      pid        INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS effects (key TEXT PRIMARY KEY, count INTEGER NOT NULL);
  `);
});

/** A short random pause, so a kill can land between any two statements of a transaction. */
const jitter = (): Promise<void> =>
  new Promise((resolve) => (Math.random() < 0.2 ? setTimeout(resolve, 1) : setImmediate(resolve)));

const handler: Handler = async (ctx) => {
  const { position } = ctx.delivery;
  let applied = false;
  await inboxHandler(storage, async (inner, tx) => {
    applied = true;
    process.stdout.write(`tx ${position}\n`);
    const { key, seq } = inner.message.data as { key: string; seq: number };
    await jitter();
    tx.db
      .prepare('INSERT INTO applications (message_id, key, seq, position, pid) VALUES (?, ?, ?, ?, ?)')
      .run(inner.message.id, key, seq, position, process.pid);
    await jitter();
    tx.db.prepare('INSERT INTO effects (key, count) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET count = count + 1').run(key);
    await jitter();
  })(ctx);
  process.stdout.write(`${applied ? 'ok' : 'dup'} ${position}\n`);
};

const router = createRouter({ transport: backend.transport, storage }).addHandler({
  name: 'applier',
  topics: topic,
  // Several keys in flight: the others wait on the write lock while one transaction is open, so
  // a kill also lands on handlers that were delivered but not yet begun.
  concurrency: 4,
  backoff: { initialMs: 1, maxMs: 5 },
  handler,
});
// The open subscriptions keep this process alive until it is stopped (here: killed by the parent).
await router.start();
process.stdout.write('ready\n');
