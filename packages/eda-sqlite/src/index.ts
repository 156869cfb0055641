export { createSqliteBackend, type SqliteBackend, type SqliteBackendOptions } from './sqlite-backend.js';
export { createSqliteStorage, type SqliteStorageOptions, type SqliteTx } from './sqlite-storage.js';
export { createSqliteMessageLog, type SqliteMessageLogOptions } from './sqlite-message-log.js';
export { createWriteCoordinator, type WriteCoordinator } from './write-coordinator.js';
export { openConnections, type Connections, type ConnectionOptions, type Durability } from './connection.js';
export { MIGRATIONS, migrate } from './migrations.js';
