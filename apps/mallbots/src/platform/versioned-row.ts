import { ConcurrencyError } from '@mallbots/eda';
import type { Sql, SqlValue } from './sql.js';

/**
 * Saves the row `id` of `table` (its other columns in `values`) optimistically, in SQL that SQLite
 * and PostgreSQL share: a row not stored when read (`version` undefined) is inserted at version 1
 * unless a row with its id (or another unique key of the table) exists; a stored one is updated only while its version is the one read
 * (PostgreSQL re-checks that condition on the committed row when a concurrent save held it). When
 * no row changed, another transaction came first: a `ConcurrencyError` on `what` and `id`.
 */
export const saveVersionedRow = async (
  sql: Sql,
  { table, what }: { table: string; what: string },
  id: string,
  values: Record<string, SqlValue>,
  version: number | undefined,
): Promise<void> => {
  const columns = Object.keys(values);
  const changed =
    version === undefined
      ? await sql.run(
          `INSERT INTO ${table} (id, ${columns.join(', ')}, version) VALUES (?, ${columns.map(() => '?').join(', ')}, 1) ON CONFLICT DO NOTHING`,
          [id, ...Object.values(values)],
        )
      : await sql.run(
          `UPDATE ${table} SET ${columns.map((column) => `${column} = ?`).join(', ')}, version = version + 1 WHERE id = ? AND version = ?`,
          [...Object.values(values), id, version],
        );
  if (changed > 0) return;
  const actual = await sql.get<{ version: number }>(`SELECT version FROM ${table} WHERE id = ?`, [id]);
  throw new ConcurrencyError(`${what} ${id}`, version ?? 'no_stream', actual?.version ?? 0);
};
