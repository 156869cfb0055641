/** SQLSTATEs that mean the server ended or refused the session, not that the statement was wrong. */
const SESSION_GONE = new Set([
  '57P01', // admin_shutdown: pg_terminate_backend, or a fast shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting or in recovery
]);

/** Socket-level failures of Node: the connection is gone or could not be made. */
const SOCKET_GONE = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND']);

/** What node-postgres says when a connection ended under a query or a client is unusable. */
const CLIENT_GONE = /Connection terminated|Client has encountered a connection error|Client was closed|not queryable/i;

/**
 * Whether `error` means the connection is lost (killed, server restarted, network down) rather
 * than the statement failing. A client that failed this way is thrown away, never reused; a read
 * that failed this way can be retried on a fresh connection. A write cannot be retried blindly:
 * its COMMIT may have happened just before the connection died.
 */
export const isConnectionError = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (SESSION_GONE.has(code) || code.startsWith('08') || SOCKET_GONE.has(code))) return true;
  return CLIENT_GONE.test(error.message);
};
