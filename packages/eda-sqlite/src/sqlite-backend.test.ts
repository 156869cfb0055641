import { createEvent, PermanentError } from '@mallbots/eda';
import { waitUntil } from '@mallbots/eda/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteBackend, type SqliteBackend } from './sqlite-backend.js';
import { tempDir } from './test-support.js';

describe('sqlite backend', () => {
  let dir: ReturnType<typeof tempDir>;
  let backend: SqliteBackend;
  afterEach(async () => {
    await backend.close();
    dir.cleanup();
  });

  it('stamps outbox records, log records and dead letters with its one clock', async () => {
    const clock = new Date('2020-02-02T00:00:00Z');
    dir = tempDir();
    backend = createSqliteBackend({ file: dir.file(), now: () => clock });
    await backend.storage.transaction((tx) => tx.outbox.add([{ topic: 'from-outbox', message: createEvent('T', { n: 1 }) }]));
    await backend.log.append([{ topic: 'from-log', key: 'k', message: createEvent('T', { n: 2 }) }]);
    await backend.transport.subscribe(
      'from-log',
      async () => {
        throw new PermanentError('poison');
      },
      { group: 'g' },
    );
    await waitUntil('the dead letter', async () => (await backend.transport.deadLetters.list()).length === 1, 2000);

    expect((await backend.log.read('from-outbox', 0, 10)).map((r) => r.appendedAt)).toEqual([clock]);
    expect((await backend.log.read('from-log', 0, 10)).map((r) => r.appendedAt)).toEqual([clock]);
    expect((await backend.transport.deadLetters.list()).map((l) => l.parkedAt)).toEqual([clock]);
  });
});
