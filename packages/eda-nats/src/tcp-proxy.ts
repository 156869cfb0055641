import { createServer, connect, type Socket } from 'node:net';

/**
 * Test helper (not exported by the package): a TCP proxy in front of the shared NATS server, so a
 * test can break *its own* connections (other tests keep theirs) the way a network does: sockets
 * die mid-stream, bytes in flight are lost, and for a while new connections are refused.
 */
export interface TcpProxy {
  /** `nats://127.0.0.1:<port>`: connect here instead of to the server. */
  url: string;
  /** Destroys every open connection at once (both sides); new ones are accepted. */
  cut(): void;
  /** Cuts, then refuses every new connection (nothing listens on the port) until `restore`. */
  down(): Promise<void>;
  restore(): Promise<void>;
  /** How many client connections were accepted and forwarded, in all. */
  readonly connections: number;
  close(): Promise<void>;
}

export const startTcpProxy = async (target: string): Promise<TcpProxy> => {
  const { hostname, port } = new URL(target.includes('://') ? target : `nats://${target}`);
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
    const upstream = connect(Number(port || 4222), hostname);
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
  await listen(0);
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no TCP address');
  const cut = () => {
    for (const socket of sockets) socket.destroy();
  };
  return {
    url: `nats://127.0.0.1:${address.port}`,
    cut,
    async down() {
      // Closing the listener refuses new connections (ECONNREFUSED, like a server that is gone);
      // `close` waits for open ones, which the cut ends.
      const closed = stopListening();
      cut();
      await closed;
    },
    restore: () => listen(address.port),
    get connections() {
      return connections;
    },
    async close() {
      const closed = stopListening();
      cut();
      await closed;
    },
  };
};
