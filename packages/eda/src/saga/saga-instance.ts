import type { SagaRecord, SagaStatus } from '../storage.js';

/**
 * What the orchestrator persists as a saga record's `data`: the saga's own data plus what it needs
 * to keep the causal chain when no message causes the next command (a timeout).
 */
export interface SagaEnvelope<D> {
  data: D;
  correlationId: string;
  traceparent?: string;
  /** The last command sent: the cause of the commands a timeout or a resume sends. */
  lastCommandId?: string;
  /** While stuck: why the saga was compensating, what a resume compensates for (see `onResume`). */
  compensationReason?: string;
}

/** A saga instance as the orchestrator shows it (the record with its data unwrapped). */
export interface SagaInstance<D> {
  sagaName: string;
  id: string;
  status: SagaStatus;
  /** The step running or compensating; past the last when completed, -1 when compensated. */
  step: number;
  /** The name of `step`, when it is a step. */
  stepName: string | undefined;
  data: D;
  /** When the reply the saga waits for is overdue. */
  deadline: Date | null;
  /** Why the saga is stuck, compensating or compensated. */
  reason: string | null;
  correlationId: string;
  revision: number;
  updatedAt: Date;
}

export const toInstance = <D>(record: SagaRecord<SagaEnvelope<D>>, stepNames: readonly string[]): SagaInstance<D> => ({
  sagaName: record.sagaName,
  id: record.id,
  status: record.status,
  step: record.step,
  stepName: stepNames[record.step],
  data: record.data.data,
  deadline: record.deadline,
  reason: record.reason,
  correlationId: record.data.correlationId,
  revision: record.revision,
  updatedAt: record.updatedAt,
});
