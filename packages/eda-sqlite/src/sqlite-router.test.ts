import { createEvent, createRouter, inboxHandler, type Message } from '@mallbots/eda';
import { waitUntil } from '@mallbots/eda/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteBackend, type SqliteBackend } from './sqlite-backend.js';
import { tempDir } from './test-support.js';

// The router on the embedded backend: a handler's own table, the messages it sends and its inbox
// record commit in one SQLite transaction, so a redelivered message has its effect once.
describe('router on sqlite: exactly-once effect', () => {
  let dir: ReturnType<typeof tempDir>;
  let backend: SqliteBackend;
  beforeEach(() => {
    dir = tempDir();
    backend = createSqliteBackend({ file: dir.file(), transport: { fallbackPollMs: 60_000 } });
  });
  afterEach(async () => {
    await backend.close();
    dir.cleanup();
  });

  const countOf = (id: string) =>
    backend.storage.transaction(async (tx) => {
      const row = tx.db.prepare('SELECT count FROM deposits WHERE id = ?').get(id) as { count: number } | undefined;
      return row?.count ?? 0;
    });

  const startRouter = async (failFirst: boolean) => {
    await backend.storage.transaction(async (tx) => {
      tx.db.exec('CREATE TABLE IF NOT EXISTS deposits (id TEXT PRIMARY KEY, count INTEGER NOT NULL)');
    });
    let failures = failFirst ? 1 : 0;
    const router = createRouter({ transport: backend.transport, storage: backend.storage }).addHandler({
      name: 'deposits',
      topics: 'bank.events',
      backoff: { initialMs: 1, maxMs: 5 },
      handler: inboxHandler(backend.storage, async (ctx, tx) => {
        const id = (ctx.message.data as { id: string }).id;
        tx.db
          .prepare('INSERT INTO deposits (id, count) VALUES (?, 1) ON CONFLICT (id) DO UPDATE SET count = count + 1')
          .run(id);
        await ctx.send({ topic: 'bank.receipts', type: 'bank.Receipt', data: { id } });
        if (failures-- > 0) throw new Error('crash after the write: the transaction must roll back');
      }),
    });
    await router.start();
    return router;
  };

  const receiptsOf = async (id: string): Promise<Message[]> => {
    const records = await backend.log.read('bank.receipts', 0, 100);
    return records.map((r) => r.message).filter((m) => (m.data as { id: string }).id === id);
  };

  it('applies a message published twice (same id) once, with one receipt', async () => {
    const router = await startRouter(false);
    const deposit = createEvent('bank.Deposited', { id: 'd-1' });
    await backend.transport.publish([{ topic: 'bank.events', message: deposit }]);
    await backend.transport.publish([{ topic: 'bank.events', message: deposit }]);
    const marker = createEvent('bank.Deposited', { id: 'marker' });
    await backend.transport.publish([{ topic: 'bank.events', message: marker }]);
    await waitUntil('the marker is applied', async () => (await countOf('marker')) === 1);
    await router.stop();

    expect(await countOf('d-1')).toBe(1);
    expect(await receiptsOf('d-1')).toHaveLength(1);
  });

  it('rolls back the write and the receipt of a failed delivery, then applies the redelivery once', async () => {
    const router = await startRouter(true);
    await backend.transport.publish([{ topic: 'bank.events', message: createEvent('bank.Deposited', { id: 'd-2' }) }]);
    await waitUntil('the redelivery is applied', async () => (await countOf('d-2')) === 1);
    await router.stop();

    expect(await countOf('d-2')).toBe(1);
    const receipts = await receiptsOf('d-2');
    expect(receipts).toHaveLength(1);
    expect(await backend.storage.inbox.has('deposits', receipts[0]!.metadata.causationId)).toBe(true);
  });
});
