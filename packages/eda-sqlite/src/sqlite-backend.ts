import {
  createLogTransport,
  type LogTransportOptions,
  type MessageLog,
  type MessageRegistry,
  type Storage,
  type Transport,
} from '@mallbots/eda';
import { openConnections, type Durability } from './connection.js';
import { createSqliteMessageLog } from './sqlite-message-log.js';
import { createSqliteStorage, type SqliteTx } from './sqlite-storage.js';
import { createWriteCoordinator } from './write-coordinator.js';

export interface SqliteBackendOptions {
  /** The database file; created and migrated when missing. Not `:memory:` (use a temp file). */
  file: string;
  /** Validates appended events, outbox messages and published messages; upcasts on read. */
  registry?: MessageRegistry;
  /** Default `'full'`: a commit survives power loss. `'normal'`: it survives a process crash. */
  durability?: Durability;
  /**
   * The one clock of the backend: it stamps outbox and log records (`appendedAt`, for retention by
   * age) and dead letters, and drives retention (default: the system clock).
   */
  now?: () => Date;
  /** Options of the delivery engine (polling fallback, error reporting, ...); its clock is `now`. */
  transport?: Omit<LogTransportOptions, 'now' | 'registry'>;
}

export interface SqliteBackend {
  storage: Storage<SqliteTx>;
  log: MessageLog;
  transport: Transport;
  /** Closes the transport (draining its handlers), then the file. */
  close(): Promise<void>;
}

/**
 * Event store, outbox, inbox, checkpoints, sagas and the message log in one SQLite file, plus a
 * transport that delivers from that log.
 *
 * Wiring: `tx.outbox.add` writes log records in the caller's transaction (the outbox is the
 * log), and the commit wakes the transport's consumers synchronously. Other processes may
 * read the file, but only one process should write it at a time (others wait on the file lock
 * and are not woken by its commits).
 */
export const createSqliteBackend = (options: SqliteBackendOptions): SqliteBackend => {
  const db = createWriteCoordinator(openConnections(options.file, { durability: options.durability }));
  const { registry, now } = options;
  const storage = createSqliteStorage(db, { registry, now });
  const log = createSqliteMessageLog(db, { now });
  const transport = createLogTransport(log, { ...options.transport, registry, now });
  let closing: Promise<void> | undefined;
  return {
    storage,
    log,
    transport,
    close() {
      closing ??= (async () => {
        await transport.close();
        await log.close();
        await storage.close();
      })();
      return closing;
    },
  };
};
