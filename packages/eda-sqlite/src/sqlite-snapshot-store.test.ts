import { describe, expect, it } from 'vitest';
import { openConnections } from './connection.js';
import { createSqliteStorage } from './sqlite-storage.js';
import { tempDir } from './test-support.js';
import { createWriteCoordinator } from './write-coordinator.js';

describe('sqlite snapshot store', () => {
  it('never moves a snapshot back to a lower version', async () => {
    const dir = tempDir();
    const storage = createSqliteStorage(createWriteCoordinator(openConnections(dir.file())));
    try {
      await storage.snapshots.save({ streamId: 's', name: 'n', version: 5, state: { v: 5 } });
      await storage.snapshots.save({ streamId: 's', name: 'n', version: 3, state: { v: 3 } });
      expect(await storage.snapshots.load('s', 'n')).toEqual({ streamId: 's', name: 'n', version: 5, state: { v: 5 } });
      expect(await storage.snapshots.load('s', 'n', { maxVersion: 4 })).toBeUndefined();
    } finally {
      await storage.close();
      dir.cleanup();
    }
  });
});
