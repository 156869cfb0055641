import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteBackend } from './sqlite-backend.js';
import { tempDir } from './test-support.js';

const fixture = fileURLToPath(new URL('./crash-writer.fixture.ts', import.meta.url));

/**
 * Runs the writer fixture until it has acknowledged `acks` appends, lets it run a random few
 * milliseconds more, then SIGKILLs it. Returns the acknowledged event ids.
 */
const runAndKill = (file: string, durability: 'full' | 'normal', acks: number): Promise<string[]> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, file, durability], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let buffer = '';
    let stderr = '';
    let killing = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
      if (!killing && acked.length >= acks) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 20);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`writer exited on its own (${String(_code)}): ${stderr}`));
    });
  });

describe('crash safety', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.cleanup());

  it.each(['full', 'normal'] as const)(
    'keeps every acknowledged append and a consistent store across SIGKILLs (durability %s)',
    async (durability) => {
      const file = dir.file();
      const acked: string[] = [];
      for (let round = 0; round < 3; round++) {
        acked.push(...(await runAndKill(file, durability, 20 + Math.floor(Math.random() * 150))));
      }
      expect(acked.length).toBeGreaterThan(60);

      // Reopening runs recovery of the WAL; then the file must be whole.
      const backend = createSqliteBackend({ file });
      const events = [];
      for (let from = 1; ; ) {
        const page = await backend.storage.events.readAll({ fromPosition: from });
        if (page.length === 0) break;
        events.push(...page);
        from = page.at(-1)!.position + 1;
      }
      await backend.close();

      const stored = new Set(events.map((e) => e.id));
      expect(acked.filter((id) => !stored.has(id))).toEqual([]);

      // Versions contiguous per stream, positions strictly increasing.
      const last = new Map<string, number>();
      let position = 0;
      for (const event of events) {
        expect(event.position).toBeGreaterThan(position);
        position = event.position;
        expect(event.version).toBe((last.get(event.streamId) ?? 0) + 1);
        last.set(event.streamId, event.version);
      }

      // Outbox messages committed with their events, and only with them.
      const raw = new BetterSqlite3(file, { readonly: true });
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      const sent = raw.prepare("SELECT json_extract(message, '$.id') FROM log_records WHERE topic = 'crash'").pluck().all() as string[];
      raw.close();
      const withOutbox = events.filter((e) => e.type === 'WithOutbox').map((e) => `out-${e.id}`);
      expect(new Set(sent)).toEqual(new Set(withOutbox));
      expect(sent).toHaveLength(withOutbox.length);
    },
    60_000,
  );
});
