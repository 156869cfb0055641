import { describe, expect, it } from 'vitest';
import type { BotMessage__Output } from '../grpc/generated/mallbots/robots/v1/BotMessage.js';
import type { ProgressReport__Output } from '../grpc/generated/mallbots/robots/v1/ProgressReport.js';
import { parseBotMessage } from './bot-messages.js';

/** The report of a message that must be one. */
const reportOf = (message: BotMessage__Output) => {
  const input = parseBotMessage(message);
  if (input.kind !== 'report') throw new Error('not a report');
  return input.report;
};

const report = (fields: Partial<ProgressReport__Output>): BotMessage__Output => ({
  body: 'report',
  report: { shoppingListId: 'list-1', seq: 1, ...fields },
});

describe('parsing what a bot sends', () => {
  it('reads a heartbeat and each kind of report', () => {
    expect(parseBotMessage({ body: 'heartbeat', heartbeat: {} })).toEqual({ kind: 'heartbeat' });
    expect(parseBotMessage(report({ step: 'started', started: {} }))).toEqual({ kind: 'report', shoppingListId: 'list-1', seq: 1, report: { type: 'started' } });
    expect(reportOf(report({ seq: 4, step: 'picked', picked: { storeId: 's', productId: 'p', quantity: 2 } }))).toEqual({
      type: 'picked',
      storeId: 's',
      productId: 'p',
      quantity: 2,
    });
    expect(reportOf(report({ step: 'failed', failed: { reason: ' wheel stuck ' } }))).toEqual({ type: 'failed', reason: 'wheel stuck' });
  });

  it('names the field of a malformed message', () => {
    expect(() => parseBotMessage({})).toThrow('body: a heartbeat or a report is required');
    expect(() => parseBotMessage(report({ shoppingListId: '', step: 'started', started: {} }))).toThrow('report.shoppingListId: is required');
    expect(() => parseBotMessage(report({ seq: 0, step: 'started', started: {} }))).toThrow('report.seq: must be at least 1');
    expect(() => parseBotMessage(report({}))).toThrow(/^report\.step: one of/);
    expect(() => parseBotMessage(report({ step: 'arrived', arrived: { storeId: '' } }))).toThrow('report.arrived.storeId: is required');
    expect(() => parseBotMessage(report({ step: 'picked', picked: { storeId: 's', productId: 'p', quantity: 0 } }))).toThrow('report.picked.quantity: must be at least 1');
    expect(() => parseBotMessage(report({ step: 'failed', failed: { reason: '  ' } }))).toThrow('report.failed.reason: is required');
  });
});
