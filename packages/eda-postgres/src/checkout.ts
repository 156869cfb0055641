import type { Pool, PoolClient } from 'pg';

/** A client taken from the pool for several statements (a transaction, the migrations). */
export interface Checkout {
  readonly client: PoolClient;
  /**
   * Gives the client back; call it exactly once. With `destroy` (its connection broke, or its
   * session is in an unknown state, e.g. a failed ROLLBACK) the client is closed instead of pooled,
   * and so is a client that emitted 'error' while it was out; the next checkout opens a fresh one.
   */
  release(destroy?: boolean): void;
}

/**
 * Takes a client from `pool` and listens to its 'error' event while it is out.
 *
 * Why: node-postgres emits 'error' on a checked-out client whose connection drops between two
 * statements (pg_terminate_backend, a server restart), and an 'error' event without a listener
 * crashes the process. The pool only listens while the client is idle. The statement that runs
 * next on the client fails anyway, so the event is only remembered, not reported.
 */
export const checkout = async (pool: Pool): Promise<Checkout> => {
  const client = await pool.connect();
  let broken = false;
  const onError = () => {
    broken = true;
  };
  client.on('error', onError);
  return {
    client,
    release(destroy = false) {
      const discard = broken || destroy;
      // A discarded client keeps the listener: the pool ends it without one of its own, and the
      // server's farewell ('terminating connection', 57P01) can still arrive as an 'error' event.
      if (!discard) client.removeListener('error', onError);
      client.release(discard);
    },
  };
};
