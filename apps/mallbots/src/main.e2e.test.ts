import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClient, eventually } from './testing/app-harness.js';
import { addToBasket, authorizePayment, orderReaches, startBasket } from './testing/shop.js';

const main = join(import.meta.dirname, 'main.ts');

/** Runs `mallbots start` as a real process; resolves with its URL once it logs that it serves. */
const startProcess = (args: string[], dataDir: string): Promise<{ child: ChildProcess; url: string; output: string[] }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', main, 'start', '--http-port', '0', '--grpc-port', '0', ...args], {
      env: { ...process.env, MALLBOTS_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exited with ${code} before serving: ${output.join('')}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      if (line.startsWith('seeded') || line.startsWith('the database already')) return;
      const parsed = (() => {
        try {
          return JSON.parse(line) as { msg?: string; url?: string };
        } catch {
          return {};
        }
      })();
      if (parsed.msg === 'MallBots is serving' && parsed.url) resolve({ child, url: parsed.url, output });
    });
  });

const exitOf = (child: ChildProcess): Promise<number | null> => new Promise((resolve) => child.once('exit', (code) => resolve(code)));

describe('mallbots start (the command line)', () => {
  let dataDir: string;
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds a fresh database once, serves, and stops on SIGTERM with exit code 0', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'mallbots-cli-'));
    const first = await startProcess(['--seed'], dataDir);
    child = first.child;
    const { stores } = await waitForSeed(first.url);
    expect(stores.map((store) => store.name)).toEqual(expect.arrayContaining(['Waldorf Books', 'Gadget Garage', 'Corner Café']));
    expect((await fetch(`${first.url}/health`)).status).toBe(200);

    first.child.removeAllListeners('exit');
    const exited = exitOf(first.child);
    first.child.kill('SIGTERM');
    expect(await exited).toBe(0);

    // Started again with --seed on the same data: nothing is duplicated.
    const second = await startProcess(['--seed'], dataDir);
    child = second.child;
    const again = await waitForSeed(second.url);
    expect(again.stores).toHaveLength(stores.length);
    second.child.removeAllListeners('exit');
    const exitedAgain = exitOf(second.child);
    second.child.kill('SIGTERM');
    expect(await exitedAgain).toBe(0);
  });

  it('seeds, and its own shopper bots shop an order placed over HTTP: ready by itself, completed once paid', { timeout: 120_000 }, async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'mallbots-cli-'));
    const started = await startProcess(['--seed'], dataDir);
    child = started.child;
    // shop.ts's helpers use the client's `call` and `ok` only.
    const api = apiClient(() => started.url);
    const customerId = await eventually(
      'the seeded customers',
      async () => started.output.map((line) => /^seeded demo data: .*customers ([0-9a-f-]+),/.exec(line)?.[1]).find(Boolean),
      30_000,
    );
    const { stores } = await api.ok<{ stores: { id: string; name: string }[] }>('GET', '/api/stores');
    const garage = stores.find((store) => store.name === 'Gadget Garage')!;
    const { products } = await api.ok<{ products: { id: string; name: string; price: number }[] }>('GET', `/api/stores/${garage.id}/products`);
    const cable = products.find((product) => product.name === 'USB-C cable')!;

    const paymentId = await authorizePayment(api, customerId, cable.price * 2);
    const basketId = await startBasket(api, customerId);
    await addToBasket(api, basketId, cable.id, 2);
    await api.ok('PUT', `/api/baskets/${basketId}/checkout`, { paymentId });
    // No one assigns or completes the shopping list over HTTP: the bots of the process do.
    const ready = await orderReaches(api, basketId, 'ready', 60_000);
    expect(ready).toMatchObject({ customerId, total: cable.price * 2 });
    const list = await api.ok<{ shoppingList: { status: string; assignedBotId: string } }>('GET', `/api/depot/shopping/${ready.shoppingId}`);
    expect(list.shoppingList).toMatchObject({ status: 'completed', assignedBotId: expect.stringMatching(/^kiosk-bot/) });

    await eventually('the invoice', async () => ((await api.call('GET', `/api/payments/invoices/${basketId}`)).status === 200 ? true : undefined), 30_000);
    await api.ok('PUT', `/api/payments/invoices/${basketId}/pay`);
    await orderReaches(api, basketId, 'completed', 30_000);

    started.child.removeAllListeners('exit');
    const exited = exitOf(started.child);
    started.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});


/** The seed runs once the process is ready; wait until its stores are all there. */
const waitForSeed = async (url: string): Promise<{ stores: { name: string }[] }> => {
  for (let attempt = 0; attempt < 200; attempt++) {
    const body = (await (await fetch(`${url}/api/stores`)).json()) as { stores: { name: string }[] };
    if (body.stores.length >= 3) return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the demo stores never appeared');
};
