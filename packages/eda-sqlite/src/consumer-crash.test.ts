import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { createEvent, type OutgoingMessage } from '@mallbots/eda';
import { runFixtureProcess, type FixtureExit } from '@mallbots/eda/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteBackend } from './sqlite-backend.js';
import { tempDir } from './test-support.js';

const fixture = fileURLToPath(new URL('./consumer-crash.fixture.ts', import.meta.url));
const TOPIC = 'crash.applied';
/** The fixture's handler name: its consumer group and its inbox consumer. */
const HANDLER = 'applier';
const KEYS = ['k-0', 'k-1', 'k-2', 'k-3', 'k-4'];
const PER_KEY = 400;
const N = KEYS.length * PER_KEY;
const KILLED_ROUNDS = 3;
/** A child still alive after this is stuck: it is killed so that it never outlives the test. */
const CHILD_GUARD_MS = 40_000;

/** What one child printed (see the fixture) and how it ended. */
interface ChildRun extends FixtureExit {
  oks: number;
  dups: number;
  /** `tx` lines without their `ok`: transactions open (or committed but not yet printed) at the kill. */
  open: number[];
}

interface ChildControl {
  /** Called after every stdout line, with `kill` to end the child when the caller decides. */
  onLine?: (progress: { oks: number; dups: number }, kill: () => void) => void;
  /** Called once the child printed `ready`. */
  onReady?: (kill: () => void) => void;
}

/** Runs the consumer fixture on `file` until it exits (see `runFixtureProcess`). */
const runChild = async (file: string, control: ChildControl): Promise<ChildRun> => {
  const progress = { oks: 0, dups: 0 };
  const open = new Set<number>();
  const exit = await runFixtureProcess({
    script: fixture,
    args: [file, TOPIC],
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    guardMs: CHILD_GUARD_MS,
    onLine(line, kill) {
      const [kind, position] = line.split(' ');
      if (kind === 'tx') open.add(Number(position));
      else if (kind === 'ok') {
        open.delete(Number(position));
        progress.oks++;
      } else if (kind === 'dup') progress.dups++;
      else if (kind === 'ready') control.onReady?.(kill);
      control.onLine?.(progress, kill);
    },
  });
  return { ...exit, ...progress, open: [...open] };
};

/** What the file holds right after a kill: the state the next child starts from. */
interface KillPoint {
  run: ChildRun;
  /** The `ok` line after which the kill was scheduled, and the delay until SIGKILL. */
  target: number;
  delayMs: number;
  applied: number;
  /** Per open transaction at the kill: did it commit before the kill, or roll back? */
  openTx: { position: number; committed: boolean }[];
  /** Applied, but the group's saved progress does not say so: the next child redelivers them. */
  appliedNotAcked: number;
}

const inspect = (file: string, run: ChildRun, target: number, delayMs: number): KillPoint => {
  const raw = new BetterSqlite3(file, { readonly: true });
  try {
    const positions = new Set(raw.prepare('SELECT position FROM applications').pluck().all() as number[]);
    const mine = new Set(raw.prepare('SELECT position FROM applications WHERE pid = ?').pluck().all(run.pid) as number[]);
    const group = raw.prepare('SELECT cursor, done FROM log_groups WHERE group_name = ? AND topic = ?').get(HANDLER, TOPIC) as
      | { cursor: number; done: string }
      | undefined;
    const done = new Set(JSON.parse(group?.done ?? '[]') as number[]);
    const cursor = group?.cursor ?? 0;
    return {
      run,
      target,
      delayMs,
      applied: raw.prepare('SELECT COUNT(*) FROM applications').pluck().get() as number,
      openTx: run.open.map((position) => ({ position, committed: mine.has(position) })),
      appliedNotAcked: [...positions].filter((p) => p > cursor && !done.has(p)).length,
    };
  } finally {
    raw.close();
  }
};

const describeKill = (point: KillPoint, round: number): string => {
  const tx = point.openTx.map((t) => `${t.position} ${t.committed ? 'committed, unprinted' : 'rolled back'}`).join(', ') || 'none';
  return (
    `round ${round}: SIGKILL ${point.delayMs.toFixed(1)} ms after ok #${point.target}, at ok #${point.run.oks} ` +
    `(dups skipped ${point.run.dups}); open tx: ${tx}; ` +
    `applications ${point.applied}/${N}, applied but not acked ${point.appliedNotAcked}`
  );
};

/** Polls `check` every 50 ms until it holds; fails after `ms`. */
const pollUntil = async (what: string, ms: number, check: () => boolean): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('consumer crash safety', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.cleanup());

  it(
    'applies every message exactly once and in per-key order across SIGKILLs of the consumer',
    async ({ annotate }) => {
      const file = dir.file();
      const published: OutgoingMessage[] = [];
      for (let seq = 0; seq < PER_KEY; seq++) {
        for (const key of KEYS) published.push({ topic: TOPIC, key, message: createEvent('crash.Applied', { key, seq }) });
      }
      const publisher = createSqliteBackend({ file });
      await publisher.transport.publish(published);
      await publisher.close();

      const kills: KillPoint[] = [];
      for (let round = 1; round <= KILLED_ROUNDS; round++) {
        // Each child commits at least `target` messages before it dies, so the last one always
        // has work left (3 × 550 < 2000) and every round makes progress.
        const target = 50 + Math.floor(Math.random() * 500);
        const delayMs = Math.random() * 15;
        const run = await runChild(file, {
          onLine: (progress, kill) => {
            if (progress.oks === target) setTimeout(kill, delayMs);
          },
        });
        expect(run.signal, `round ${round} ended on its own: ${run.stderr}`).toBe('SIGKILL');
        expect(run.stuck, `round ${round} was stuck after ${run.oks} oks: ${run.stderr}`).toBe(false);
        kills.push(inspect(file, run, target, delayMs));
      }

      // The last child runs until every message is applied, watched through a read-only connection.
      let reader: BetterSqlite3.Database | undefined;
      let polling: Promise<void> | undefined;
      const last = await runChild(file, {
        onReady: (kill) => {
          reader = new BetterSqlite3(file, { readonly: true });
          const distinct = reader.prepare('SELECT COUNT(DISTINCT message_id) FROM applications').pluck();
          // Killed either way, so the child never outlives the test; a timeout fails it below.
          polling = pollUntil('all messages are applied', 30_000, () => distinct.get() === N).finally(kill);
        },
      }).finally(() => reader?.close());
      const report = [
        ...kills.map((point, i) => describeKill(point, i + 1)),
        `last child: oks ${last.oks}, dups skipped ${last.dups}`,
      ].join('\n');
      await annotate(report);
      expect(last.signal, `the last child ended on its own: ${last.stderr}`).toBe('SIGKILL');
      await polling;
      expect(last.stuck).toBe(false);
      // Nothing went wrong in the background: no failed read, save or park was reported.
      for (const { stderr } of [...kills.map((point) => point.run), last]) expect(stderr).toBe('');

      // Reopening recovers the WAL of the killed writer and shows whether anything was parked.
      const backend = createSqliteBackend({ file });
      expect(await backend.transport.deadLetters.list()).toEqual([]);
      await backend.close();

      const raw = new BetterSqlite3(file, { readonly: true });
      try {
        expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
        const rows = raw.prepare('SELECT message_id, key, seq FROM applications ORDER BY id').all() as {
          message_id: string;
          key: string;
          seq: number;
        }[];
        // No message applied twice, none lost, nothing foreign.
        expect(rows.length, 'applications: more is a duplicate, fewer a loss').toBe(N);
        expect(new Set(rows.map((r) => r.message_id)).size).toBe(N);
        expect(new Set(rows.map((r) => r.message_id))).toEqual(new Set(published.map((p) => p.message.id)));
        // Per-key order across crashes: in commit order, each key's seqs are exactly 0, 1, 2, ...
        for (const key of KEYS) {
          expect(rows.filter((r) => r.key === key).map((r) => r.seq), `order of ${key}`).toEqual(
            Array.from({ length: PER_KEY }, (_, i) => i),
          );
        }
        const effects = raw.prepare('SELECT key, count FROM effects ORDER BY key').all();
        expect(effects).toEqual(KEYS.map((key) => ({ key, count: PER_KEY })));
        expect(raw.prepare('SELECT COUNT(*) FROM inbox WHERE consumer = ?').pluck().get(HANDLER)).toBe(N);
      } finally {
        raw.close();
      }

      // Each child redelivered exactly what the previous one had committed without saving it as
      // done, and the inbox skipped those: the duplicates checked above were absent by design, not by luck.
      const runs = [...kills.map((point) => point.run), last];
      kills.forEach((point, i) => expect(runs[i + 1]!.dups, report).toBe(point.appliedNotAcked));
    },
    60_000,
  );
});
