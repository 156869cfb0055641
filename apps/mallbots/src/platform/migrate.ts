import type { Storage } from '@mallbots/eda';
import type { AppTx } from './database.js';

/**
 * Brings a module's own tables up to date: `steps[i]` is the SQL of version i + 1, run once, in
 * order, each in a transaction with the version it reaches. A step never changes once released;
 * a change to a table is a new step. Statements are split on `;` at line ends.
 */
export const migrateModule = async (storage: Storage<AppTx>, module: string, steps: readonly string[]): Promise<void> => {
  await storage.transaction(async (tx) => {
    await tx.sql.run('CREATE TABLE IF NOT EXISTS app_migrations (module TEXT PRIMARY KEY, version INTEGER NOT NULL)');
  });
  for (;;) {
    const applied = await storage.transaction(async (tx) => {
      const row = await tx.sql.get<{ version: number }>('SELECT version FROM app_migrations WHERE module = ?', [module]);
      const version = row?.version ?? 0;
      const step = steps[version];
      if (step === undefined) return false;
      for (const statement of step.split(/;\s*$/m).map((text) => text.trim()).filter(Boolean)) {
        await tx.sql.run(statement);
      }
      await tx.sql.run(
        'INSERT INTO app_migrations (module, version) VALUES (?, ?) ON CONFLICT (module) DO UPDATE SET version = excluded.version',
        [module, version + 1],
      );
      return true;
    });
    if (!applied) return;
  }
};
