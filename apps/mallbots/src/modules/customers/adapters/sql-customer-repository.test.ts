import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyError, MessageRegistry } from '@mallbots/eda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerContracts } from '../../../contracts.js';
import type { AppDatabase } from '../../../platform/database.js';
import { migrateModule } from '../../../platform/migrate.js';
import type { Sql } from '../../../platform/sql.js';
import { openSqliteDatabase } from '../../../platform/sqlite-database.js';
import { customersMigrations, sqlCustomerRepository } from './sql-customer-repository.js';

const ada = { registered: true, name: 'Ada', smsNumber: '555-0100', enabled: true };

describe('the SQL customer repository', () => {
  let dir: string;
  let db: AppDatabase;
  const inTransaction = <T>(work: (sql: Sql) => Promise<T>) => db.storage.transaction((tx) => work(tx.sql));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mallbots-customers-'));
    db = openSqliteDatabase({ file: join(dir, 'customers.db'), registry: registerContracts(new MessageRegistry()) });
    // A customer stored before rows had versions: the upgrade must keep it usable.
    await migrateModule(db.storage, 'customers', customersMigrations.slice(0, 1));
    await inTransaction((sql) => sql.run("INSERT INTO customers_customers (id, name, sms_number, enabled) VALUES ('old', 'Bo', '555-0199', 1)"));
    await migrateModule(db.storage, 'customers', customersMigrations);
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('saves a customer stored before versions from the version it was read at', async () => {
    const stored = await sqlCustomerRepository.load(db.read, 'old');
    expect(stored).toEqual({ state: { registered: true, name: 'Bo', smsNumber: '555-0199', enabled: true }, version: 0 });
    await inTransaction((sql) => sqlCustomerRepository.save(sql, 'old', { ...stored!.state, enabled: false }, 0));
    expect(await sqlCustomerRepository.load(db.read, 'old')).toMatchObject({ state: { enabled: false }, version: 1 });
  });

  it('refuses a save from a stale read, and a second insert of one id, with a ConcurrencyError', async () => {
    await inTransaction((sql) => sqlCustomerRepository.save(sql, 'c-1', ada, undefined));
    await inTransaction((sql) => sqlCustomerRepository.save(sql, 'c-1', { ...ada, enabled: false }, 1));
    await expect(inTransaction((sql) => sqlCustomerRepository.save(sql, 'c-1', { ...ada, name: 'Stale' }, 1))).rejects.toThrow(ConcurrencyError);
    await expect(inTransaction((sql) => sqlCustomerRepository.save(sql, 'c-1', ada, undefined))).rejects.toThrow(ConcurrencyError);
    expect(await sqlCustomerRepository.load(db.read, 'c-1')).toEqual({ state: { ...ada, enabled: false }, version: 2 });
  });
});
