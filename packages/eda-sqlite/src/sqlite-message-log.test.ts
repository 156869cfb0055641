import { createEvent, type MessageLog } from '@mallbots/eda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnections } from './connection.js';
import { createSqliteMessageLog } from './sqlite-message-log.js';
import { tempDir } from './test-support.js';
import { createWriteCoordinator, type WriteCoordinator } from './write-coordinator.js';

describe('sqlite message log', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: WriteCoordinator;
  let log: MessageLog;
  let clock = new Date('2024-01-01T00:00:00Z');
  beforeEach(() => {
    dir = tempDir();
    db = createWriteCoordinator(openConnections(dir.file()));
    log = createSqliteMessageLog(db, { now: () => clock });
  });
  afterEach(async () => {
    await log.close();
    await db.close();
    dir.cleanup();
  });

  const record = (topic: string, n: number, key = `k${n}`) => ({ topic, key, message: createEvent('T', { n }, { tenant: 'x' }) });

  it('assigns global positions across topics and reads a topic after a position', async () => {
    const positions = await log.append([record('a', 1), record('b', 2), record('a', 3)]);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    const a = await log.read('a', 0, 10);
    expect(a.map((r) => (r.message.data as { n: number }).n)).toEqual([1, 3]);
    expect(a[0]).toMatchObject({ topic: 'a', key: 'k1', position: positions[0], appendedAt: clock });
    expect(a[0]!.message.metadata).toMatchObject({ tenant: 'x' });
    expect((await log.read('a', positions[0]!, 10)).map((r) => r.position)).toEqual([positions[2]]);
    expect(await log.read('a', 0, 1)).toHaveLength(1);
    expect(await log.lastPosition('a')).toBe(positions[2]);
    expect(await log.lastPosition('none')).toBe(0);
  });

  it('keeps lastPosition and never reuses positions after records are removed', async () => {
    const [p1, p2] = await log.append([record('q', 1), record('q', 2)]);
    await log.remove('q', [p1!, p2!]);
    expect(await log.read('q', 0, 10)).toEqual([]);
    expect(await log.lastPosition('q')).toBe(p2);
    const [p3] = await log.append([record('q', 3)]);
    expect(p3).toBeGreaterThan(p2!);
  });

  it('declares topics and trims by count and by age', async () => {
    expect(await log.topicOptions('s')).toBeUndefined();
    await log.declare('s', { kind: 'stream', retention: { maxCount: 2 } });
    expect(await log.topicOptions('s')).toEqual({ kind: 'stream', retention: { maxCount: 2 } });
    await log.declare('q', { kind: 'queue' });
    expect(await log.topicOptions('q')).toEqual({ kind: 'queue' });
    await log.append([record('s', 1), record('s', 2)]);
    clock = new Date(clock.getTime() + 60_000);
    await log.append([record('s', 3), record('s', 4)]);
    expect(await log.trim('s', { maxCount: 3 }, clock)).toBe(1);
    expect(await log.trim('s', { maxCount: 3 }, clock)).toBe(0);
    expect(await log.trim('s', { maxAgeMs: 30_000 }, clock)).toBe(1);
    expect((await log.read('s', 0, 10)).map((r) => (r.message.data as { n: number }).n)).toEqual([3, 4]);
  });

  it('stores group state', async () => {
    expect(await log.loadGroup('g', 't')).toBeUndefined();
    await log.saveGroup('g', 't', { cursor: 4, done: [6, 7] });
    await log.saveGroup('g', 't', { cursor: 5, done: [7] });
    expect(await log.loadGroup('g', 't')).toEqual({ cursor: 5, done: [7] });
  });

  it('parks by (group, topic, message), keeps the id when parked again, and only flags a replay request', async () => {
    const message = createEvent('T', { n: 1 });
    const letter = { group: 'g', topic: 't', key: 'k', position: 3, message, error: 'boom', attempts: 3, parkedAt: clock };
    const id = await log.park(letter);
    expect(await log.park({ ...letter, error: 'again', attempts: 2 })).toBe(id);
    await log.park({ ...letter, group: 'other' });
    expect(await log.getDeadLetter(id)).toMatchObject({ id, group: 'g', error: 'again', attempts: 2, replaying: false, parkedAt: clock });
    expect((await log.getDeadLetter(id))!.message).toEqual(message);
    expect(await log.listDeadLetters({ group: 'g' })).toHaveLength(1);
    expect(await log.listDeadLetters({ topic: 't' })).toHaveLength(2);

    const woken: string[] = [];
    log.onAppend((topic) => woken.push(topic));
    await log.setReplaying(id, true);
    // The transport asks its consumer for the replay itself; an append listener has nothing to do.
    expect(woken).toEqual([]);
    expect(await log.listDeadLetters({ replaying: true })).toMatchObject([{ id }]);
    await log.setReplaying(id, false);
    expect(await log.listDeadLetters({ replaying: true })).toEqual([]);
    await log.deleteDeadLetter(id);
    expect(await log.getDeadLetter(id)).toBeUndefined();
  });

  it('wakes onAppend listeners once per appended topic after the commit, and stops after close', async () => {
    const woken: string[] = [];
    log.onAppend((topic) => woken.push(topic));
    await log.append([record('a', 1), record('b', 2), record('a', 3)]);
    expect(woken.sort()).toEqual(['a', 'b']);
    await log.close();
    await log.append([record('a', 4)]);
    expect(woken).toHaveLength(2);
  });
});
