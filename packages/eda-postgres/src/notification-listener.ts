import { backoffDelay, type BackoffOptions } from '@mallbots/eda';
import pg, { type Client } from 'pg';

export interface NotificationListenerOptions {
  /** A new, unconnected client: the listener owns it and ends it. */
  newClient(): Client;
  channel: string;
  /** Called with each payload on `channel`. Must not throw. */
  onNotification(payload: string): void;
  /**
   * Runs on the listening client right after each LISTEN, `reconnected` false the first time.
   * After a reconnect it is the place to catch up on what was committed while the connection
   * was down: those notifications are lost for good.
   */
  afterListen(client: Client, reconnected: boolean): Promise<void>;
  onError(error: unknown, context: string): void;
  /** Delays between reconnect attempts (default: 50 ms doubling up to 5 s). */
  backoff?: BackoffOptions;
}

export interface NotificationListener {
  /**
   * Connects and listens; resolves once LISTEN is active. Rejects when the first connection
   * fails (call again to retry); once it has succeeded, a lost connection is re-established in
   * the background, with backoff, until `close`.
   */
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * pg's Client has ref() and unref() (pg-pool uses them for allowExitOnIdle); @types/pg does not
 * declare them. An unref'd client must be ref'd again before `end()`: otherwise a process awaiting
 * the end has nothing left to keep it alive, and exits in the middle of its shutdown.
 */
const refed = (client: Client, ref: boolean): void => {
  const handle = client as unknown as { ref?: () => void; unref?: () => void };
  if (ref) handle.ref?.();
  else handle.unref?.();
};

const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 50, maxMs: 5000, factor: 2, jitter: 0.2 };

/**
 * One dedicated connection that LISTENs on a channel, for the whole life of a backend. A pooled
 * connection cannot listen: LISTEN belongs to a session, and the pool hands sessions around.
 *
 * The connection does not keep the process alive (it is unref'd, like an idle pool connection):
 * what keeps a consumer process alive is its open subscriptions.
 */
export const createNotificationListener = (options: NotificationListenerOptions): NotificationListener => {
  const backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  let client: Client | undefined;
  let started = false;
  let closed = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const lost = (which: Client, error: unknown) => {
    // Events of a client that is being opened (its open rejects) or was already replaced.
    if (which !== client || closed) return;
    client = undefined;
    options.onError(error, 'notification listener: connection lost, reconnecting');
    which.end().catch(() => undefined);
    scheduleReconnect();
  };

  const open = async (reconnected: boolean) => {
    const next = options.newClient();
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next, new Error('the listening connection ended')));
    next.on('notification', (message) => {
      if (message.channel === options.channel && message.payload !== undefined) options.onNotification(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(options.channel)}`);
      await options.afterListen(next, reconnected);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    refed(next, false);
    client = next;
  };

  const scheduleReconnect = () => {
    if (closed || timer) return;
    attempt++;
    timer = setTimeout(() => {
      timer = undefined;
      open(true).then(
        () => (attempt = 0),
        (error: unknown) => {
          options.onError(error, 'notification listener: reconnect failed, retrying');
          scheduleReconnect();
        },
      );
    }, backoffDelay(attempt, backoff));
    timer.unref();
  };

  return {
    async start() {
      if (started || closed) return;
      await open(false);
      started = true;
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      const current = client;
      client = undefined;
      if (!current) return;
      refed(current, true);
      await current.end().catch(() => undefined);
    },
  };
};
