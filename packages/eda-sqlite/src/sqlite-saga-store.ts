import { ConcurrencyError, type SagaRecord, type SagaStatus, type SagaStore } from '@mallbots/eda';
import type { Access } from './write-coordinator.js';

interface SagaRow {
  saga_name: string;
  id: string;
  status: SagaStatus;
  step: number;
  data: string;
  deadline: number | null;
  reason: string | null;
  revision: number;
  updated_at: number;
}

const COLUMNS = 'saga_name, id, status, step, data, deadline, reason, revision, updated_at';

const toRecord = (row: SagaRow): SagaRecord => ({
  sagaName: row.saga_name,
  id: row.id,
  status: row.status,
  step: row.step,
  data: JSON.parse(row.data) as unknown,
  deadline: row.deadline === null ? null : new Date(row.deadline),
  reason: row.reason,
  revision: row.revision,
  updatedAt: new Date(row.updated_at),
});

/** The name a saga's ConcurrencyError carries in place of a stream id. */
const sagaKey = (sagaName: string, id: string): string => `${sagaName}/${id}`;

/**
 * Saga instances with optimistic concurrency on `revision`: an insert for revision 0, otherwise
 * an UPDATE guarded by the expected revision; zero changed rows means another save came first.
 */
export const createSqliteSagaStore = (access: Access): SagaStore => ({
  async load<D>(sagaName: string, id: string) {
    const row = access.read.get(`SELECT ${COLUMNS} FROM sagas WHERE saga_name = ? AND id = ?`).get(sagaName, id) as SagaRow | undefined;
    return row ? (toRecord(row) as SagaRecord<D>) : undefined;
  },

  async save(record, expectedRevision) {
    const updatedAt = new Date();
    const data = JSON.stringify(record.data) ?? 'null';
    const deadline = record.deadline?.getTime() ?? null;
    return access.write(({ sql }) => {
      const changes =
        expectedRevision === 0
          ? sql
              .get(
                `INSERT OR IGNORE INTO sagas (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)`,
              )
              .run(record.sagaName, record.id, record.status, record.step, data, deadline, record.reason, updatedAt.getTime()).changes
          : sql
              .get(
                `UPDATE sagas SET status = ?, step = ?, data = ?, deadline = ?, reason = ?, revision = revision + 1, updated_at = ?
                 WHERE saga_name = ? AND id = ? AND revision = ?`,
              )
              .run(record.status, record.step, data, deadline, record.reason, updatedAt.getTime(), record.sagaName, record.id, expectedRevision)
              .changes;
      if (changes === 0) {
        const actual = (sql.pluck('SELECT revision FROM sagas WHERE saga_name = ? AND id = ?').get(record.sagaName, record.id) as number | undefined) ?? 0;
        throw new ConcurrencyError(sagaKey(record.sagaName, record.id), expectedRevision, actual);
      }
      const saved: SagaRecord = { ...record, revision: expectedRevision + 1, updatedAt };
      return saved;
    });
  },

  async list(filter = {}) {
    const rows = access.read
      .get(
        `SELECT ${COLUMNS} FROM sagas WHERE (? IS NULL OR saga_name = ?) AND (? IS NULL OR status = ?) ORDER BY saga_name, id`,
      )
      .all(filter.sagaName ?? null, filter.sagaName ?? null, filter.status ?? null, filter.status ?? null) as SagaRow[];
    return rows.map(toRecord);
  },

  async due(now, filter = {}) {
    const rows = access.read
      .get(
        `SELECT ${COLUMNS} FROM sagas
         WHERE deadline IS NOT NULL AND deadline <= ? AND (? IS NULL OR saga_name = ?) ORDER BY deadline`,
      )
      .all(now.getTime(), filter.sagaName ?? null, filter.sagaName ?? null) as SagaRow[];
    return rows.map(toRecord);
  },
});
