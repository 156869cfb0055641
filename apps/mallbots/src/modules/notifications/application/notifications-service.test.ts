import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { AppTx } from '../../../platform/database.js';
import { DEFAULT_MAX_ATTEMPTS } from '../../../platform/messaging.js';
import type { Sql } from '../../../platform/sql.js';
import { createNotificationsService } from './notifications-service.js';
import type { OutgoingText } from './sender.js';

/** The service over in-memory ports: what it decides, without a database. */
const serviceWith = (numbers: Record<string, string>) => {
  const sentTexts: OutgoingText[] = [];
  const service = createNotificationsService({
    read: {} as Sql,
    directory: { save: async () => undefined, smsNumberOf: async (_sql, customerId) => numbers[customerId] },
    sender: { send: async (_tx, text) => void sentTexts.push(text) },
    sent: { list: async () => [] },
    logger: pino({ level: 'silent' }),
  });
  return { service, sentTexts };
};
const tx = { sql: {} } as AppTx;
const news = { kind: 'order-created', orderId: 'order-1', totalCents: 999 } as const;

describe('notifications service', () => {
  it('texts the customer at their SMS number', async () => {
    const { service, sentTexts } = serviceWith({ 'customer-1': '+1 555 0100' });
    await service.notify(tx, 1, 'customer-1', news);
    expect(sentTexts).toMatchObject([{ customerId: 'customer-1', orderId: 'order-1', kind: 'order-created', to: '+1 555 0100' }]);
  });

  it('waits (throws) for a customer not known yet, and on the last delivery gives up without sending', async () => {
    const { service, sentTexts } = serviceWith({});
    await expect(service.notify(tx, DEFAULT_MAX_ATTEMPTS - 1, 'customer-2', news)).rejects.toThrow(/not known here yet/);
    await service.notify(tx, DEFAULT_MAX_ATTEMPTS, 'customer-2', news);
    expect(sentTexts).toEqual([]);
  });
});
