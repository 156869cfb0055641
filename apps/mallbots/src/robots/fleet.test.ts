import { status } from '@grpc/grpc-js';
import { RuleViolationError } from '@mallbots/eda';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { DepotMessage } from '../grpc/generated/mallbots/robots/v1/DepotMessage.js';
import type { Assignment, BotDesk } from '../modules/depot/application/bot-desk.js';
import { createFleet, type BotLink } from './fleet.js';

/** A depot of `available` lists (oldest first) that assigns each to one bot; `failing` makes every read fail. */
const fakeDesk = (available: string[], { failing = false } = {}): BotDesk & { holders: Map<string, string> } => {
  const holders = new Map<string, string>();
  const fail = () => Promise.reject(new Error('the database is unreachable'));
  const assignment = (shoppingListId: string): Assignment => ({
    shoppingListId,
    orderId: `order-of-${shoppingListId}`,
    status: 'assigned',
    botId: holders.get(shoppingListId) ?? null,
    stops: [],
    lastSeq: 0,
    atStoreId: null,
  });
  return {
    holders,
    nextAvailable: async () => available[0],
    async assign(listId, botId) {
      if (!available.includes(listId)) throw new RuleViolationError('the shopping list cannot be assigned');
      available.splice(available.indexOf(listId), 1);
      holders.set(listId, botId);
    },
    release: async () => undefined,
    report: async () => 'applied',
    assignment: async (listId) => assignment(listId),
    held: async () => [...holders].map(([shoppingListId, botId]) => ({ shoppingListId, botId })),
    heldBy: async (botId) => (failing ? fail() : [...holders].find(([, holder]) => holder === botId)?.[0]),
  };
};

const recordingLink = (botId: string) => {
  const sent: DepotMessage[] = [];
  const ended: { code: status; details: string }[] = [];
  const link: BotLink = { botId, send: (message) => void sent.push(message), end: (code, details) => void ended.push({ code, details }) };
  return { link, sent, ended, assigned: () => sent.flatMap((message) => (message.assignment ? [message.assignment.shoppingListId] : [])) };
};

const logger = pino({ level: 'silent' });

describe('the fleet', () => {
  it('gives the oldest available list to the bot idle longest, one list per bot', async () => {
    const desk = fakeDesk(['list-1', 'list-2', 'list-3']);
    const fleet = createFleet({ desk, logger, deadlineMs: 60_000 });
    const first = recordingLink('bot-a');
    const second = recordingLink('bot-b');
    await fleet.connect(first.link);
    await fleet.connect(second.link);
    expect(first.assigned()).toEqual(['list-1']);
    expect(second.assigned()).toEqual(['list-2']);
    expect(desk.holders.get('list-3')).toBeUndefined();
    await fleet.close();
  });

  it('ends the stream with UNAVAILABLE, and does not crash, when the depot cannot be read as a bot connects', async () => {
    const fleet = createFleet({ desk: fakeDesk([], { failing: true }), logger, deadlineMs: 60_000 });
    const bot = recordingLink('bot-a');
    await fleet.connect(bot.link);
    expect(bot.ended).toEqual([{ code: status.UNAVAILABLE, details: 'the depot cannot read its shopping lists now: reconnect later' }]);
    await fleet.close();
  });
});
