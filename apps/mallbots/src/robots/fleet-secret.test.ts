import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fleetSecret } from './fleet-secret.js';

describe('the fleet secret', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mallbots-secret-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('is the configured one when given', () => {
    expect(fleetSecret({ secret: 'configured', dataDir: dataDir() })).toBe('configured');
  });

  it('is made once per data directory, kept private, and read back by every later process', () => {
    const dir = dataDir();
    const first = fleetSecret({ dataDir: dir });
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(fleetSecret({ dataDir: dir })).toBe(first);
    expect(statSync(join(dir, 'bot-secret')).mode & 0o777).toBe(0o600);
    expect(fleetSecret({ dataDir: dataDir() })).not.toBe(first);
  });
});
