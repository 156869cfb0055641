import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import type { Sql } from '../../../platform/sql.js';
import { createOrderProjection } from './order-projection.js';
import type { SearchRepository } from './search-repository.js';

const sql = {} as Sql;

const projectionWith = (setStatus: SearchRepository['setStatus']) => {
  const repository = { setStatus, addOrder: vi.fn(async () => {}) } as unknown as SearchRepository;
  const logger = pino({ level: 'silent' });
  const info = vi.spyOn(logger, 'info');
  return { projection: createOrderProjection({ repository, logger }), repository, info };
};

describe('order projection', () => {
  it('stores a new order as New', async () => {
    const { projection, repository } = projectionWith(async () => true);
    const order = { orderId: 'o1', customerId: 'c1', items: [], totalCents: 0, createdAt: '2025-01-01T00:00:00.000Z' };
    await projection.orderCreated(sql, order);
    expect(repository.addOrder).toHaveBeenCalledWith(sql, order, 'New');
  });

  it('sets the status an order event brings', async () => {
    const setStatus = vi.fn(async () => true);
    const { projection, info } = projectionWith(setStatus);
    await projection.orderChanged(sql, 'o1', 'OrderReadied');
    expect(setStatus).toHaveBeenCalledWith(sql, 'o1', 'Ready For Pickup');
    expect(info).not.toHaveBeenCalled();
  });

  it('skips, without throwing, a status change of an order it does not know, and logs it', async () => {
    const { projection, info } = projectionWith(async () => false);
    await expect(projection.orderChanged(sql, 'ghost', 'OrderCanceled')).resolves.toBeUndefined();
    expect(info).toHaveBeenCalledWith({ orderId: 'ghost', event: 'OrderCanceled' }, expect.stringContaining('skipped'));
  });
});
