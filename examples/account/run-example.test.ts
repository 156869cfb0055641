import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAccountExample } from './run-example.js';

describe('the account example', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('folds deposits and withdrawals, refuses an overdraft, and travels back in time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'account-example-'));
    dirs.push(dir);
    const lines: string[] = [];
    const result = await runAccountExample(join(dir, 'example.db'), (line) => lines.push(line));

    expect(result.now.state).toEqual({ open: true, owner: 'Ada', balanceCents: 10_275 });
    expect(result.now.version).toBe(6);
    expect(result.now.snapshotVersion).toBe(5);
    expect(result.atVersion3).toEqual({ open: true, owner: 'Ada', balanceCents: 12_550 });
    expect(result.rejection).toBe('the balance is too low for this withdrawal');
    expect(result.projectedBalanceCents).toBe(10_275);
    expect(lines).toContain('balance as of version 3: 125.5');
  });

  it('keeps its history in the file: a second run adds a second account beside the first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'account-example-'));
    dirs.push(dir);
    const file = join(dir, 'example.db');
    const first = await runAccountExample(file);
    const second = await runAccountExample(file);
    expect(second.accountId).not.toBe(first.accountId);
    expect(second.projectedBalanceCents).toBe(10_275);
  });
});
