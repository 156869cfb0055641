import { describe, expect, it } from 'vitest';
import { orderQuery, orderSelect } from './order-query.js';

const whereOf = (text: string): string => text.slice(orderSelect.length);

describe('order query', () => {
  it('without criteria lists every order in search order', () => {
    expect(orderQuery({}, 21)).toEqual({ text: `${orderSelect} ORDER BY o.created_at, o.id LIMIT ?`, params: [21] });
  });

  it('treats empty store and product lists as no filter', () => {
    expect(orderQuery({ storeIds: [], productIds: [] }, 5).params).toEqual([5]);
  });

  it('adds one condition per criterion, all required, with the parameters in placeholder order', () => {
    const query = orderQuery(
      {
        customerId: 'c1',
        after: '2025-01-01T00:00:00.000Z',
        before: '2025-02-01T00:00:00.000Z',
        storeIds: ['s1', 's2'],
        productIds: ['p1'],
        minTotalCents: 100,
        maxTotalCents: 900,
        status: 'Approved',
        from: { createdAt: '2025-01-15T00:00:00.000Z', orderId: 'o9' },
      },
      11,
    );
    expect(whereOf(query.text)).toBe(
      ' WHERE o.customer_id = ? AND o.created_at > ? AND o.created_at < ?' +
        ' AND EXISTS (SELECT 1 FROM search_order_items i WHERE i.order_id = o.id AND i.store_id IN (?, ?))' +
        ' AND EXISTS (SELECT 1 FROM search_order_items i WHERE i.order_id = o.id AND i.product_id IN (?))' +
        ' AND o.total_cents >= ? AND o.total_cents <= ? AND o.status = ?' +
        ' AND (o.created_at > ? OR (o.created_at = ? AND o.id > ?))' +
        ' ORDER BY o.created_at, o.id LIMIT ?',
    );
    expect(query.params).toEqual([
      'c1',
      '2025-01-01T00:00:00.000Z',
      '2025-02-01T00:00:00.000Z',
      's1',
      's2',
      'p1',
      100,
      900,
      'Approved',
      '2025-01-15T00:00:00.000Z',
      '2025-01-15T00:00:00.000Z',
      'o9',
      11,
    ]);
    expect(query.text.split('?').length - 1).toBe(query.params.length);
  });

  it('keeps a zero total bound (a falsy value is still a filter)', () => {
    expect(whereOf(orderQuery({ minTotalCents: 0, maxTotalCents: 0 }, 1).text)).toContain('o.total_cents >= ? AND o.total_cents <= ?');
  });
});
