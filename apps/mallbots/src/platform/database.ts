import type { MessageLog, Storage, StorageUnit, Transport } from '@mallbots/eda';
import type { Sql } from './sql.js';

/** A storage transaction as the modules see it: the toolkit's ports plus SQL on their own tables. */
export interface AppTx extends StorageUnit {
  readonly sql: Sql;
}

/**
 * Where the application keeps its state and how its messages travel: the one thing the
 * composition root chooses (SQLite embedded, or PostgreSQL and NATS) and every module uses.
 */
export interface AppDatabase {
  /** Transactions over events, outbox, inbox, checkpoints, sagas and the modules' own tables. */
  readonly storage: Storage<AppTx>;
  /** Reads outside any transaction (queries); they never see uncommitted writes. */
  readonly read: Sql;
  readonly transport: Transport;
  /** The log behind the transport, when it has one: readiness compares group progress with it. */
  readonly log?: MessageLog;
  /** Closes the transport (draining its handlers), then the storage. */
  close(): Promise<void>;
}
