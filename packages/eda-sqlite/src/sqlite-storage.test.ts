import BetterSqlite3 from 'better-sqlite3';
import type { MessageRegistry, OutgoingMessage } from '@mallbots/eda';
import { runEventStoreConformance, type ConformanceHandle } from '@mallbots/eda/testing';
import { toLogRecord, LOG_COLUMNS, type LogRow } from './log-records.js';
import { createSqliteBackend } from './sqlite-backend.js';
import { tempDir } from './test-support.js';

/** What the outbox published: in this adapter the outbox is the message log, so read the log. */
const publishedIn = (file: string): OutgoingMessage[] => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const rows = db.prepare(`SELECT ${LOG_COLUMNS} FROM log_records ORDER BY position`).all() as LogRow[];
    return rows.map(toLogRecord).map(({ topic, key, message }) => ({ topic, key, message }));
  } finally {
    db.close();
  }
};

runEventStoreConformance('sqlite', async ({ registry }) => {
  const dir = tempDir();
  const file = dir.file();
  const handles: ConformanceHandle[] = [];
  const open = async (withRegistry: MessageRegistry | undefined): Promise<ConformanceHandle> => {
    const backend = createSqliteBackend({ file, registry: withRegistry });
    const handle: ConformanceHandle = {
      storage: backend.storage,
      published: async () => publishedIn(file),
      reopen: (options) => open(options.registry),
      close: async () => {
        await backend.close();
        handles.splice(handles.indexOf(handle), 1);
        // The first handle of the file is closed last: then nothing uses the directory.
        if (handles.length === 0) dir.cleanup();
      },
    };
    handles.push(handle);
    return handle;
  };
  return open(registry);
});
