import { spawn } from 'node:child_process';

export interface FixtureProcessOptions {
  /** The fixture script, run under tsx. */
  script: string;
  args: readonly string[];
  /** Where the child runs (its package, so it resolves that package's dependencies). */
  cwd: string;
  /** A child still alive after this is stuck: it is killed so that it never outlives the test. */
  guardMs: number;
  /** Each line the child prints, as it comes, with `kill` to SIGKILL it when the test decides. */
  onLine(line: string, kill: () => void): void;
}

/** How a fixture process ended. */
export interface FixtureExit {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Killed by the guard, not by the test. */
  stuck: boolean;
}

/**
 * Test helper: runs a fixture script as a child process that reports on stdout line by line (for
 * crash tests that SIGKILL a consumer at a chosen moment). Resolves once the child has exited and
 * every line it wrote has been read ('close', not 'exit').
 */
export const runFixtureProcess = ({ script, args, cwd, guardMs, onLine }: FixtureProcessOptions): Promise<FixtureExit> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stuck = false;
    let stderr = '';
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      child.kill('SIGKILL');
    };
    const guard = setTimeout(() => {
      stuck = true;
      kill();
    }, guardMs);
    let buffer = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) onLine(line, kill);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ pid: child.pid ?? -1, code, signal, stderr, stuck });
    });
  });
