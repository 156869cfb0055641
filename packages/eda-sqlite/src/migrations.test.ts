import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './migrations.js';
import { tempDir } from './test-support.js';

describe('migrate', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.cleanup());

  const version = (db: BetterSqlite3.Database) => db.pragma('user_version', { simple: true });

  it('brings a new file to the latest version and is a no-op the second time', () => {
    const db = new BetterSqlite3(dir.file());
    expect(migrate(db)).toBe(0);
    expect(version(db)).toBe(MIGRATIONS.length);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['events', 'snapshots', 'log_topics', 'log_records', 'log_groups', 'dead_letters', 'inbox', 'checkpoints', 'sagas']),
    );
    db.close();
  });

  it('runs only the missing steps, in order', () => {
    const db = new BetterSqlite3(dir.file());
    migrate(db, ['CREATE TABLE a (x)']);
    migrate(db, ['CREATE TABLE a (x)', 'CREATE TABLE b (y)']);
    expect(version(db)).toBe(2);
    db.close();
  });

  it('rolls a failing step back and keeps the previous version', () => {
    const db = new BetterSqlite3(dir.file());
    expect(() => migrate(db, ['CREATE TABLE a (x)', 'CREATE TABLE b (y); CREATE TABLE a (x)'])).toThrow(/already exists/);
    expect(version(db)).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'b'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a file written by a newer schema', () => {
    const db = new BetterSqlite3(dir.file());
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db)).toThrow(/newer/);
    db.close();
  });
});
