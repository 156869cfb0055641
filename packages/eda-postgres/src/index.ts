export { createPostgresBackend, type PostgresBackend, type PostgresBackendOptions } from './postgres-backend.js';
export { createPostgresStorage, type PgTx, type PostgresStorageOptions } from './postgres-storage.js';
export { createPostgresMessageLog, type PostgresMessageLogOptions } from './postgres-message-log.js';
export { openDatabase, type Database, type ErrorReporter, type PostgresDatabaseOptions } from './database.js';
export { MIGRATIONS, migrate, type MigrateOptions, type MigrationResult, type PostgresConnection } from './migrations.js';
export { isConnectionError } from './connection-errors.js';
