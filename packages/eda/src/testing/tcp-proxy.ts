import { connect, createServer, type Socket } from 'node:net';

/**
 * Test helper: a TCP proxy in front of a shared server (NATS, PostgreSQL, ...), so that a test can
 * break *its own* connections the way a network or a restarting server does (sockets die
 * mid-stream, bytes in flight are lost, and for a while new connections are refused) while every
 * other test keeps its connections to the same server.
 */
export interface TcpProxy {
  /**
   * The target URL with this proxy's host and port (scheme, user, path and query kept): connect
   * here instead of to the server, e.g. `nats://127.0.0.1:<port>` or
   * `postgres://user@127.0.0.1:<port>/db`.
   */
  readonly url: string;
  readonly port: number;
  /** Destroys every open connection at once (both sides); new ones are accepted. */
  cut(): void;
  /**
   * Cuts, then refuses every new connection (nothing listens on the port: ECONNREFUSED) until
   * `restore`: a server that is down, or restarting.
   */
  down(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  /** `down`, `ms` of outage, `restore`: a server restart as its clients see it. */
  outage(ms: number): Promise<void>;
  /** How many client connections were accepted and forwarded, in all. */
  readonly connections: number;
  close(): Promise<void>;
}

/** Ports of the schemes whose URLs may leave them out. */
const DEFAULT_PORTS: Record<string, number> = { 'nats:': 4222, 'postgres:': 5432, 'postgresql:': 5432 };

/** `target` as a URL: a URL with a scheme, or `host:port` (taken as a `tcp://` URL). */
const parseTarget = (target: string): { url: URL; host: string; port: number } => {
  const url = new URL(target.includes('://') ? target : `tcp://${target}`);
  const port = url.port ? Number(url.port) : DEFAULT_PORTS[url.protocol];
  if (!port) throw new Error(`startTcpProxy: "${target}" has no port, and ${url.protocol} has no default one`);
  return { url, host: url.hostname || '127.0.0.1', port };
};

/**
 * Starts a proxy on a free port of 127.0.0.1 that forwards every connection to `target` (a URL,
 * or `host:port`). Close it at the end of the test.
 *
 * Trap: between `down` and `restore` the port is free, and another process could take it; on a
 * test machine, within seconds, that does not happen in practice (ports are handed out in turn).
 */
export const startTcpProxy = async (target: string): Promise<TcpProxy> => {
  const { url, host, port: targetPort } = parseTarget(target);
  const sockets = new Set<Socket>();
  let connections = 0;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A cut socket errors (ECONNRESET, EPIPE): expected, and the other side is destroyed too.
    socket.on('error', () => undefined);
  };
  const server = createServer((client) => {
    track(client);
    connections++;
    const upstream = connect(targetPort, host);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (on: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(on, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  const cut = () => {
    for (const socket of sockets) socket.destroy();
  };
  const goDown = async () => {
    // Closing the listener refuses new connections at once (like a server that is gone); `close`
    // waits for the open ones, which the cut ends.
    const closed = stopListening();
    cut();
    await closed;
  };
  await listen(0);
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no TCP address');
  const port = address.port;
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  const restore = async () => {
    if (!server.listening) await listen(port);
  };
  return {
    url: target.includes('://') ? proxied.toString() : `127.0.0.1:${port}`,
    port,
    cut,
    down: goDown,
    restore,
    async outage(ms) {
      await goDown();
      await new Promise((resolve) => setTimeout(resolve, ms));
      await restore();
    },
    get connections() {
      return connections;
    },
    close: goDown,
  };
};
