import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** What `mallbots start` sends the process that spawned it (over the IPC channel) once it serves. */
export interface ServingMessage {
  type: 'serving';
  /** The HTTP base URL. */
  url: string;
  /** `host:port` of the gRPC services; none for a gateway alone. */
  grpcAddress?: string;
}

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One `mallbots start` process of the distributed launcher. */
export interface Child {
  /** What it runs (a module's name, or `gateway`); its output lines start with it. */
  readonly name: string;
  readonly pid: number;
  /** Where it serves, once it does; rejects if it exits before. */
  readonly serving: Promise<ServingMessage>;
  /** Resolves when it has exited, however it ended. */
  readonly exited: Promise<ChildExit>;
  readonly running: boolean;
  /** Asks it to stop (SIGTERM: it stops intake, drains its handlers and exits 0). */
  stop(): void;
  /** Ends it at once (SIGKILL): for one that does not stop. */
  kill(): void;
}

const MAIN = join(import.meta.dirname, 'main.ts');
// Resolved here, so the children find tsx whatever the launcher's working directory.
const TSX = import.meta.resolve('tsx');

export const describeExit = ({ code, signal }: ChildExit): string => (signal ? `on ${signal}` : `with code ${code}`);

/**
 * Runs `mallbots start <args>` as a child process (node with tsx's loader, no wrapper process, so
 * a signal reaches it directly). Each line it writes is written to `out` prefixed with `label`;
 * its IPC channel carries the `ServingMessage`.
 */
export const startChild = (options: { name: string; label: string; args: string[]; env: NodeJS.ProcessEnv; out(line: string): void }): Child => {
  const child = spawn(process.execPath, ['--import', TSX, MAIN, 'start', ...options.args], {
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => options.out(`${options.label}${line}`));
  }
  let running = true;
  const exited = new Promise<ChildExit>((resolve) => {
    const settle = (exit: ChildExit) => {
      running = false;
      resolve(exit);
    };
    child.once('exit', (code, signal) => settle({ code, signal }));
    // It could not be spawned at all: there will be no 'exit'.
    child.once('error', (error) => {
      options.out(`${options.label}could not start: ${error.message}`);
      if (child.pid === undefined) settle({ code: null, signal: null });
    });
  });
  const serving = new Promise<ServingMessage>((resolve, reject) => {
    child.on('message', (message: ServingMessage) => {
      if (message.type === 'serving') resolve(message);
    });
    void exited.then((exit) => reject(new Error(`the ${options.name} process exited ${describeExit(exit)} before serving`)));
  });
  // Its failure is reported through `exited` as well; nobody need await this one.
  serving.catch(() => undefined);
  return {
    name: options.name,
    pid: child.pid ?? 0,
    serving,
    exited,
    get running() {
      return running;
    },
    stop: () => void (running && child.kill('SIGTERM')),
    kill: () => void (running && child.kill('SIGKILL')),
  };
};
