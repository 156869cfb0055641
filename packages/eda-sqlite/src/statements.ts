import type { Database, Statement } from 'better-sqlite3';

/** Row shapes are declared where the SQL is written; the cache does not know them. */
export type Params = unknown[];

/**
 * Prepared statements of one connection, prepared once per SQL text. Preparing is most of the
 * cost of a tiny statement, so every query in this package goes through a cache.
 */
export interface StatementCache {
  readonly db: Database;
  /** A statement returning rows as objects. */
  get(sql: string): Statement<Params>;
  /**
   * A statement returning the first column only. Kept apart from `get` because better-sqlite3's
   * `pluck()` mutates the statement, which would leak into every other user of the cached one.
   */
  pluck(sql: string): Statement<Params>;
}

export const createStatementCache = (db: Database): StatementCache => {
  const rows = new Map<string, Statement<Params>>();
  const plucked = new Map<string, Statement<Params>>();
  const prepare = (cache: Map<string, Statement<Params>>, sql: string, pluck: boolean): Statement<Params> => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare<Params>(sql);
      if (pluck) statement.pluck();
      cache.set(sql, statement);
    }
    return statement;
  };
  return {
    db,
    get: (sql) => prepare(rows, sql, false),
    pluck: (sql) => prepare(plucked, sql, true),
  };
};
