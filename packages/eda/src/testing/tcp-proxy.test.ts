import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

/** Connects to `port` and resolves with the socket, or rejects with the connection error. */
const dial = (port: number): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });

/** Sends `text` and resolves with what comes back first. */
const roundTrip = (socket: Socket, text: string): Promise<string> =>
  new Promise((resolve) => {
    socket.once('data', (data) => resolve(data.toString()));
    socket.write(text);
  });

const closed = (socket: Socket): Promise<void> => new Promise((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())));

describe('startTcpProxy', () => {
  let echo: Server;
  let echoPort: number;
  let proxy: TcpProxy;
  const sockets: Socket[] = [];

  beforeEach(async () => {
    echo = createServer((socket) => {
      sockets.push(socket);
      socket.on('error', () => undefined);
      socket.pipe(socket);
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    echoPort = (echo.address() as { port: number }).port;
    proxy = await startTcpProxy(`tcp://127.0.0.1:${echoPort}`);
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    await proxy.close();
    await new Promise((resolve) => echo.close(resolve));
  });

  const open = async () => {
    const socket = await dial(proxy.port);
    socket.on('error', () => undefined);
    sockets.push(socket);
    return socket;
  };

  it('gives the target URL with its own host and port, keeping the rest', async () => {
    const pg = await startTcpProxy('postgres://postgres@localhost:5432/shop?application_name=x');
    const nats = await startTcpProxy('nats://127.0.0.1');
    const bare = await startTcpProxy('127.0.0.1:4222');
    try {
      expect(pg.url).toBe(`postgres://postgres@127.0.0.1:${pg.port}/shop?application_name=x`);
      expect(nats.url).toBe(`nats://127.0.0.1:${nats.port}`);
      expect(bare.url).toBe(`127.0.0.1:${bare.port}`);
    } finally {
      await Promise.all([pg.close(), nats.close(), bare.close()]);
    }
    await expect(startTcpProxy('http://example.test')).rejects.toThrow(/no port/);
  });

  it('forwards bytes both ways, and counts the connections', async () => {
    expect(await roundTrip(await open(), 'hello')).toBe('hello');
    expect(await roundTrip(await open(), 'again')).toBe('again');
    expect(proxy.connections).toBe(2);
  });

  it('cuts every open connection and accepts new ones at once', async () => {
    const first = await open();
    await roundTrip(first, 'x');
    proxy.cut();
    await closed(first);
    expect(await roundTrip(await open(), 'after the cut')).toBe('after the cut');
  });

  it('refuses connections while down, and forwards again on the same port once restored', async () => {
    const before = await open();
    await roundTrip(before, 'x');
    await proxy.down();
    await closed(before);
    await expect(dial(proxy.port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await proxy.restore();
    expect(await roundTrip(await open(), 'back')).toBe('back');
  });

  it('refuses connections from the start of an outage until its end, then forwards again', async () => {
    const outage = proxy.outage(1000);
    await expect(dial(proxy.port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await outage;
    expect(await roundTrip(await open(), 'up')).toBe('up');
  });
});
