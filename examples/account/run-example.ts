import {
  createCommandHandler,
  defineProjection,
  loadAggregate,
  newId,
  RuleViolationError,
  startProjection,
  type StoredEvent,
} from '@mallbots/eda';
import { createSqliteBackend, type SqliteTx } from '@mallbots/eda-sqlite';
import { accountDecider, accountEvents, type Account } from './account.js';

const snapshot = { name: 'account@1', every: 5 } as const;
const handle = createCommandHandler({ decider: accountDecider, snapshot });

/** A read model in the same SQLite file: each account's balance, written with its checkpoint. */
const balances = defineProjection<SqliteTx>({
  name: 'account-balances',
  eventTypes: ['account.Opened', 'account.Deposited', 'account.Withdrawn'],
  async apply(event: StoredEvent, tx) {
    tx.db.exec('CREATE TABLE IF NOT EXISTS account_balances (account_id TEXT PRIMARY KEY, balance_cents INTEGER NOT NULL)');
    const delta =
      event.type === 'account.Deposited' ? (event.data as { amountCents: number }).amountCents
      : event.type === 'account.Withdrawn' ? -(event.data as { amountCents: number }).amountCents
      : 0;
    tx.db
      .prepare(
        `INSERT INTO account_balances (account_id, balance_cents) VALUES (?, ?)
         ON CONFLICT (account_id) DO UPDATE SET balance_cents = balance_cents + excluded.balance_cents`,
      )
      .run(event.streamId, delta);
  },
});

export interface ExampleResult {
  accountId: string;
  now: { state: Account; version: number; snapshotVersion: number };
  /** The state right after the third event (opened, then two deposits). */
  atVersion3: Account;
  rejection: string;
  projectedBalanceCents: number;
}

/**
 * The toolkit in one walk: a decider's commands on an event-sourced account in one SQLite file,
 * a rule that refuses a command, snapshots every 5 events, time travel to an earlier version, and
 * a projection that follows the global order.
 */
export const runAccountExample = async (file: string, say: (line: string) => void = () => {}): Promise<ExampleResult> => {
  const backend = createSqliteBackend({ file, registry: accountEvents });
  const projection = startProjection(backend.storage, balances);
  try {
    const accountId = `account-${newId()}`;
    await handle(backend.storage, accountId, { type: 'Open', data: { owner: 'Ada' } });
    for (const amountCents of [10_000, 2_550, 1_000, 725]) {
      await handle(backend.storage, accountId, { type: 'Deposit', data: { amountCents } });
    }
    await handle(backend.storage, accountId, { type: 'Withdraw', data: { amountCents: 4_000 } });
    say(`opened ${accountId}, 4 deposits and 1 withdrawal`);

    let rejection = '';
    try {
      await handle(backend.storage, accountId, { type: 'Withdraw', data: { amountCents: 1_000_000 } });
    } catch (error) {
      if (!(error instanceof RuleViolationError)) throw error;
      rejection = error.message;
      say(`refused: ${rejection}`);
    }

    const now = await loadAggregate(backend.storage, accountDecider, accountId, { snapshot });
    say(`balance now: ${now.state.balanceCents / 100} at version ${now.version} (loaded from the snapshot at version ${now.snapshotVersion})`);
    const then = await loadAggregate(backend.storage, accountDecider, accountId, { asOfVersion: 3 });
    say(`balance as of version 3: ${then.state.balanceCents / 100}`);

    await projection.caughtUp();
    const row = backend.storage.transaction(async (tx) =>
      tx.db.prepare('SELECT balance_cents FROM account_balances WHERE account_id = ?').get(accountId),
    );
    const projectedBalanceCents = ((await row) as { balance_cents: number }).balance_cents;
    say(`the balances projection says: ${projectedBalanceCents / 100}`);
    return { accountId, now, atVersion3: then.state, rejection, projectedBalanceCents };
  } finally {
    await projection.stop();
    await backend.close();
  }
};
