import { ConcurrencyError, type SagaRecord, type SagaStatus, type SagaStore } from '@mallbots/eda';
import type { Access } from './database.js';
import type { SchemaNames } from './schema-names.js';

type SagaRow = {
  saga_name: string;
  id: string;
  status: SagaStatus;
  step: number;
  data: unknown;
  deadline: Date | null;
  reason: string | null;
  revision: number;
  updated_at: Date;
};

const COLUMNS = 'saga_name, id, status, step, data, deadline, reason, revision, updated_at';

const toRecord = (row: SagaRow): SagaRecord => ({
  sagaName: row.saga_name,
  id: row.id,
  status: row.status,
  step: row.step,
  data: row.data,
  deadline: row.deadline,
  reason: row.reason,
  revision: row.revision,
  updatedAt: row.updated_at,
});

/** The name a saga's ConcurrencyError carries in place of a stream id. */
const sagaKey = (sagaName: string, id: string): string => `${sagaName}/${id}`;

/**
 * Saga instances with optimistic concurrency on `revision`: an INSERT ... ON CONFLICT DO NOTHING
 * for revision 0, otherwise an UPDATE guarded by the expected revision; no row written means
 * another save came first (a racing writer's uncommitted row makes the statement wait for it, so
 * exactly one of them writes).
 */
export const createPostgresSagaStore = (access: Access, names: SchemaNames): SagaStore => {
  const sagas = names.table('sagas');
  return {
    async load<D>(sagaName: string, id: string) {
      const { rows } = await access.read<SagaRow>(`SELECT ${COLUMNS} FROM ${sagas} WHERE saga_name = $1 AND id = $2`, [sagaName, id]);
      return rows[0] ? (toRecord(rows[0]) as SagaRecord<D>) : undefined;
    },

    async save(record, expectedRevision) {
      const updatedAt = new Date();
      const data = JSON.stringify(record.data) ?? 'null';
      const written =
        expectedRevision === 0
          ? await access.exec(
              `INSERT INTO ${sagas} (${COLUMNS}) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, 1, $8) ON CONFLICT DO NOTHING`,
              [record.sagaName, record.id, record.status, record.step, data, record.deadline, record.reason, updatedAt],
            )
          : await access.exec(
              `UPDATE ${sagas} SET status = $1, step = $2, data = $3::jsonb, deadline = $4, reason = $5, revision = revision + 1, updated_at = $6
               WHERE saga_name = $7 AND id = $8 AND revision = $9`,
              [record.status, record.step, data, record.deadline, record.reason, updatedAt, record.sagaName, record.id, expectedRevision],
            );
      if (written.rowCount === 0) {
        const { rows } = await access.read<{ revision: number }>(`SELECT revision FROM ${sagas} WHERE saga_name = $1 AND id = $2`, [
          record.sagaName,
          record.id,
        ]);
        throw new ConcurrencyError(sagaKey(record.sagaName, record.id), expectedRevision, rows[0]?.revision ?? 0);
      }
      const saved: SagaRecord = { ...record, revision: expectedRevision + 1, updatedAt };
      return saved;
    },

    async list(filter = {}) {
      const { rows } = await access.read<SagaRow>(
        `SELECT ${COLUMNS} FROM ${sagas} WHERE ($1::text IS NULL OR saga_name = $1) AND ($2::text IS NULL OR status = $2) ORDER BY saga_name, id`,
        [filter.sagaName ?? null, filter.status ?? null],
      );
      return rows.map(toRecord);
    },

    async due(now, filter = {}) {
      const { rows } = await access.read<SagaRow>(
        `SELECT ${COLUMNS} FROM ${sagas}
         WHERE deadline IS NOT NULL AND deadline <= $1 AND ($2::text IS NULL OR saga_name = $2) ORDER BY deadline, saga_name, id`,
        [now, filter.sagaName ?? null],
      );
      return rows.map(toRecord);
    },
  };
};
