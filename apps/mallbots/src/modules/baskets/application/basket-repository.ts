import type { Sql } from '../../../platform/sql.js';
import type { Basket, BasketStatus } from '../domain/basket.js';
import type { BasketLine } from '../domain/basket-events.js';

/** A basket as queries see it. */
export interface BasketView {
  id: string;
  customerId: string;
  status: BasketStatus;
  items: BasketLine[];
}

/**
 * The baskets' read table: one row per basket, written in the transaction that appends the
 * basket's events (an inline projection), so a read right after a change sees it.
 */
export interface BasketRepository {
  save(sql: Sql, id: string, basket: Basket): Promise<void>;
  load(sql: Sql, id: string): Promise<BasketView | undefined>;
}
