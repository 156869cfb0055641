import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The secret bot tokens are made from: `secret` when given (`--bot-secret`, `MALLBOTS_BOT_SECRET`),
 * else the one kept in `<dataDir>/bot-secret`, made at random on first use and readable by its
 * owner only, so `mallbots start` and `mallbots bots` on one machine agree without configuration.
 */
export const fleetSecret = ({ secret, dataDir }: { secret?: string; dataDir: string }): string => {
  if (secret) return secret;
  const file = join(dataDir, 'bot-secret');
  mkdirSync(dataDir, { recursive: true });
  try {
    // `wx`: of two processes starting at once, one writes and the other reads what it wrote.
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
};
