import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnections } from './connection.js';
import { MIGRATIONS } from './migrations.js';
import { tempDir } from './test-support.js';

describe('openConnections', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.cleanup());

  it.each([
    [undefined, 2],
    ['full', 2],
    ['normal', 1],
  ] as const)('opens a migrated WAL file with durability %s (synchronous = %i) and a read-only reader', (durability, synchronous) => {
    const { writer, reader } = openConnections(dir.file(), { durability });
    try {
      expect(writer.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(writer.pragma('synchronous', { simple: true })).toBe(synchronous);
      expect(writer.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(writer.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(reader.readonly).toBe(true);
      expect(() => reader.exec('CREATE TABLE x (y)')).toThrow(/readonly/);
    } finally {
      reader.close();
      writer.close();
    }
  });

  it('refuses an in-memory database, whose data a second connection could not see', () => {
    expect(() => openConnections(':memory:')).toThrow(/file/);
  });
});
