import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageRegistry } from '@mallbots/eda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../platform/database.js';
import { migrateModule } from '../../../platform/migrate.js';
import { openSqliteDatabase } from '../../../platform/sqlite-database.js';
import { noProgress } from '../domain/progress.js';
import { depotMigrations } from './depot-migrations.js';
import { sqlShoppingListRepository } from './sql-shopping-list-repository.js';

describe('depot migrations', () => {
  let dir: string;
  let db: AppDatabase;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mallbots-depot-migrations-'));
    db = openSqliteDatabase({ file: join(dir, 'depot.db'), registry: new MessageRegistry() });
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives a list stored before step 3 no progress, and it loads', async () => {
    await migrateModule(db.storage, 'depot', depotMigrations.slice(0, 2));
    await db.storage.transaction((tx) =>
      tx.sql.run("INSERT INTO depot_shopping_lists (id, order_id, status, assigned_bot_id, stops, version) VALUES ('list-1', 'order-1', 'assigned', 'bot-1', '{}', 3)"),
    );
    await migrateModule(db.storage, 'depot', depotMigrations);
    expect(await sqlShoppingListRepository.load(db.read, 'list-1')).toEqual({
      state: { status: 'assigned', orderId: 'order-1', assignedBotId: 'bot-1', stops: {}, progress: noProgress() },
      version: 3,
    });
  });
});
