import type { Database, Statement } from 'better-sqlite3';

/** A value a statement parameter may take: booleans are stored as 0/1, times as ISO strings. */
export type SqlValue = string | number | bigint | null;

/**
 * The SQL a module runs on its own tables. Statements use `?` placeholders and the subset of SQL
 * that SQLite and PostgreSQL share (`INSERT … ON CONFLICT … DO UPDATE`, `TEXT`, `INTEGER`), so one
 * repository serves the embedded default and the distributed mode alike.
 */
export interface Sql {
  all<T>(text: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(text: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a write; returns how many rows it changed. */
  run(text: string, params?: readonly SqlValue[]): Promise<number>;
}

const statementCaches = new WeakMap<Database, Map<string, Statement>>();
/** Queries built from optional filters have many texts; past this many, the cache starts over. */
const MAX_CACHED_STATEMENTS = 500;

const prepared = (db: Database, text: string): Statement => {
  let cache = statementCaches.get(db);
  if (!cache) statementCaches.set(db, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) {
    if (cache.size >= MAX_CACHED_STATEMENTS) cache.clear();
    cache.set(text, (statement = db.prepare(text)));
  }
  return statement;
};

/** `Sql` over a better-sqlite3 connection, with each statement prepared once per connection. */
export const sqliteSql = (db: Database): Sql => ({
  all: async <T>(text: string, params: readonly SqlValue[] = []) => prepared(db, text).all(...params) as T[],
  get: async <T>(text: string, params: readonly SqlValue[] = []) => prepared(db, text).get(...params) as T | undefined,
  run: async (text, params = []) => prepared(db, text).run(...params).changes,
});
