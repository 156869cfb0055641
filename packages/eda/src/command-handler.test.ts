import { describe, expect, it } from 'vitest';
import type { Decider } from './decider.js';
import { createCommandHandler } from './command-handler.js';
import { ConcurrencyError, RuleViolationError } from './errors.js';
import { createMemoryStorage } from './memory/memory-storage.js';
import type { Storage, StorageUnit } from './storage.js';

type Command = { type: 'Open'; data: { owner: string } } | { type: 'Withdraw'; data: { amount: number } };
type Event = { type: 'Opened'; data: { owner: string } } | { type: 'Withdrawn'; data: { amount: number } };
interface State {
  open: boolean;
  balance: number;
}

const decides: Command[] = [];
const account: Decider<State, Command, Event> = {
  initialState: () => ({ open: false, balance: 100 }),
  evolve: (state, event) =>
    event.type === 'Opened' ? { ...state, open: true } : { ...state, balance: state.balance - event.data.amount },
  decide: (command, state) => {
    decides.push(command);
    if (command.type === 'Open') return state.open ? [] : [{ type: 'Opened', data: command.data }];
    if (!state.open) throw new RuleViolationError('account is not open');
    if (command.data.amount > state.balance) throw new RuleViolationError('insufficient funds');
    return [{ type: 'Withdrawn', data: command.data }];
  },
};

const open: Command = { type: 'Open', data: { owner: 'ada' } };
const withdraw = (amount: number): Command => ({ type: 'Withdraw', data: { amount } });

/**
 * A storage whose first `staleLoads` stream reads miss the stream's last event: as if another
 * writer committed it right after this handler read the stream.
 */
const withStaleReads = (storage: Storage, staleLoads: number): Pick<Storage, 'transaction'> => {
  let remaining = staleLoads;
  const stale = (tx: StorageUnit): StorageUnit => ({
    ...tx,
    events: {
      ...tx.events,
      readStream: async (streamId, options) => {
        const events = await tx.events.readStream(streamId, options);
        return remaining-- > 0 ? events.slice(0, -1) : events;
      },
    },
  });
  return { transaction: (work) => storage.transaction((tx) => work(stale(tx))) };
};

describe('createCommandHandler', () => {
  it('loads, decides and appends with the given metadata', async () => {
    const storage = createMemoryStorage();
    const handle = createCommandHandler({ decider: account });
    await handle(storage, 'acc-1', open);
    const result = await handle(storage, 'acc-1', withdraw(30), { metadata: { correlationId: 'corr', causationId: 'cmd-1' } });
    expect(result.state).toEqual({ open: true, balance: 70 });
    expect(result.version).toBe(2);
    expect(result.events).toHaveLength(1);
    expect(result.events[0]).toMatchObject({
      type: 'Withdrawn',
      data: { amount: 30 },
      version: 2,
      streamId: 'acc-1',
      metadata: { correlationId: 'corr', causationId: 'cmd-1', kind: 'event' },
    });
    expect(await storage.events.readStream('acc-1')).toEqual([...(await storage.events.readStream('acc-1', { toVersion: 1 })), result.events[0]]);
  });

  it('appends nothing when the decider rejects or decides nothing', async () => {
    const storage = createMemoryStorage();
    const handle = createCommandHandler({ decider: account });
    await expect(handle(storage, 'acc-1', withdraw(1))).rejects.toThrow(RuleViolationError);
    await handle(storage, 'acc-1', open);
    expect(await handle(storage, 'acc-1', open)).toEqual({ state: { open: true, balance: 100 }, events: [], version: 1 });
    expect(await storage.events.streamVersion('acc-1')).toBe(1);
  });

  it('saves snapshots per policy in the same transaction as the events', async () => {
    const storage = createMemoryStorage();
    const handle = createCommandHandler({ decider: account, snapshot: { name: 'account-v1', every: 2 } });
    await handle(storage, 'acc-1', open);
    expect(await storage.snapshots.load('acc-1', 'account-v1')).toBeUndefined();
    await handle(storage, 'acc-1', withdraw(10));
    expect(await storage.snapshots.load('acc-1', 'account-v1')).toMatchObject({ version: 2, state: { open: true, balance: 90 } });

    const failingSnapshots: Pick<Storage, 'transaction'> = {
      transaction: (work) =>
        storage.transaction((tx) =>
          work({ ...tx, snapshots: { ...tx.snapshots, save: async () => Promise.reject(new Error('disk full')) } }),
        ),
    };
    await handle(storage, 'acc-1', withdraw(10));
    await expect(handle(failingSnapshots, 'acc-1', withdraw(10))).rejects.toThrow('disk full');
    expect(await storage.events.streamVersion('acc-1')).toBe(3);
  });

  it('re-decides on fresh state after losing a race', async () => {
    const storage = createMemoryStorage();
    const handle = createCommandHandler({ decider: account });
    await handle(storage, 'acc-1', open);
    await handle(storage, 'acc-1', withdraw(60)); // the competitor's write, unseen by the first load
    decides.length = 0;

    const result = await handle(withStaleReads(storage, 1), 'acc-1', withdraw(30));
    expect(decides).toHaveLength(2);
    expect(result).toMatchObject({ state: { balance: 10 }, version: 3 });

    decides.length = 0;
    // On stale state 35 fits (balance 40); on fresh state (balance 10) it is refused.
    await expect(handle(withStaleReads(storage, 1), 'acc-1', withdraw(35))).rejects.toThrow('insufficient funds');
    expect(decides).toHaveLength(2);
    expect(await storage.events.streamVersion('acc-1')).toBe(3);
  });

  it('gives up after maxRetries and rethrows the ConcurrencyError', async () => {
    const storage = createMemoryStorage();
    await storage.events.append('acc-1', [
      { type: 'Opened', data: { owner: 'ada' } },
      { type: 'Withdrawn', data: { amount: 1 } },
    ]);
    decides.length = 0;
    const handle = createCommandHandler({ decider: account, maxRetries: 2 });
    const error = await handle(withStaleReads(storage, Infinity), 'acc-1', withdraw(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ streamId: 'acc-1', expected: 1, actual: 2 });
    expect(decides).toHaveLength(3);
  });

  it('refuses a command based on a version the stream has moved past, without retrying', async () => {
    const storage = createMemoryStorage();
    const handle = createCommandHandler({ decider: account });
    await handle(storage, 'acc-1', open);
    await handle(storage, 'acc-1', withdraw(10));
    decides.length = 0;
    const error = await handle(storage, 'acc-1', withdraw(10), { expectedVersion: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ streamId: 'acc-1', expected: 1, actual: 2 });
    expect(decides).toHaveLength(0);
    expect((await handle(storage, 'acc-1', withdraw(10), { expectedVersion: 2 })).version).toBe(3);
  });

  it("runs inside the caller's transaction and rolls back with it", async () => {
    const storage = createMemoryStorage();
    const handle = createCommandHandler({ decider: account });
    await expect(
      storage.transaction(async (tx) => {
        await tx.inbox.record('consumer', 'message-1');
        await handle(storage, 'acc-1', open, { tx });
        expect(await tx.events.streamVersion('acc-1')).toBe(1);
        throw new Error('handler failed later');
      }),
    ).rejects.toThrow('handler failed later');
    expect(await storage.events.streamVersion('acc-1')).toBe(0);
    expect(await storage.inbox.has('consumer', 'message-1')).toBe(false);
  });

  it('loses no update when many commands for one stream run at once', async () => {
    const storage = createMemoryStorage();
    const handle = createCommandHandler({ decider: account });
    await handle(storage, 'acc-1', open);
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => handle(storage, 'acc-1', withdraw(10))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    expect(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual([
      'RuleViolationError: insufficient funds',
      'RuleViolationError: insufficient funds',
    ]);
    expect(await storage.events.streamVersion('acc-1')).toBe(11);
  });
});
