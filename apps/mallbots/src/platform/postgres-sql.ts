import type { Pool, PoolClient } from 'pg';
import type { Sql, SqlValue } from './sql.js';

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the modules' SQL has no `?` inside literals). */
export const numberPlaceholders = (text: string): string => {
  let index = 0;
  return text.replace(/\?/g, () => `$${++index}`);
};

/** `Sql` over a node-postgres client or pool. */
export const postgresSql = (client: Pool | PoolClient): Sql => {
  const query = async <T>(text: string, params: readonly SqlValue[]) => {
    const result = await client.query(numberPlaceholders(text), params.map((value) => (typeof value === 'bigint' ? value.toString() : value)));
    return { rows: result.rows as T[], changes: result.rowCount ?? 0 };
  };
  return {
    all: async <T>(text: string, params: readonly SqlValue[] = []) => (await query<T>(text, params)).rows,
    get: async <T>(text: string, params: readonly SqlValue[] = []) => (await query<T>(text, params)).rows[0],
    run: async (text, params = []) => (await query(text, params)).changes,
  };
};
