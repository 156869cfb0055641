import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test helper (not exported by the package): a fresh directory for database files, removed by
 * `cleanup()`. Each test gets its own file, so tests never share state.
 */
export const tempDir = (): { file: (name?: string) => string; cleanup: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'eda-sqlite-'));
  return {
    file: (name = 'db.sqlite') => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
};
