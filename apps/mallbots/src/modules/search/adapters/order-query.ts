import type { SqlValue } from '../../../platform/sql.js';
import type { OrderCriteria } from '../application/search-repository.js';

/** A statement and its `?` parameters, in order. */
export interface SqlQuery {
  text: string;
  params: SqlValue[];
}

/** The columns of an order row, with the customer's name from the local copy (empty until it arrives). */
export const orderSelect = `SELECT o.id, o.customer_id, COALESCE(c.name, '') AS customer_name, o.total_cents, o.status, o.created_at
  FROM search_orders o LEFT JOIN search_customers c ON c.id = o.customer_id`;

const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

const containsAny = (column: 'store_id' | 'product_id', ids: readonly string[]): string =>
  `EXISTS (SELECT 1 FROM search_order_items i WHERE i.order_id = o.id AND i.${column} IN (${placeholders(ids.length)}))`;

/**
 * The page query of a search: every criterion present adds one condition (all must hold), the
 * orders come in search order (creation time, then id) and `from` continues after a position
 * (keyset pagination: no duplicate and no gap while orders are added).
 */
export const orderQuery = (criteria: OrderCriteria, limit: number): SqlQuery => {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  const where = (condition: string, ...values: SqlValue[]): void => {
    conditions.push(condition);
    params.push(...values);
  };
  const { customerId, after, before, storeIds, productIds, minTotalCents, maxTotalCents, status, from } = criteria;
  if (customerId !== undefined) where('o.customer_id = ?', customerId);
  if (after !== undefined) where('o.created_at > ?', after);
  if (before !== undefined) where('o.created_at < ?', before);
  if (storeIds?.length) where(containsAny('store_id', storeIds), ...storeIds);
  if (productIds?.length) where(containsAny('product_id', productIds), ...productIds);
  if (minTotalCents !== undefined) where('o.total_cents >= ?', minTotalCents);
  if (maxTotalCents !== undefined) where('o.total_cents <= ?', maxTotalCents);
  if (status !== undefined) where('o.status = ?', status);
  if (from !== undefined) where('(o.created_at > ? OR (o.created_at = ? AND o.id > ?))', from.createdAt, from.createdAt, from.orderId);
  const filter = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  return { text: `${orderSelect}${filter} ORDER BY o.created_at, o.id LIMIT ?`, params: [...params, limit] };
};
