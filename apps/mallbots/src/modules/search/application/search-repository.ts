import type { Sql } from '../../../platform/sql.js';
import type { SearchStatus } from '../domain/search-status.js';
import type { SearchedOrder, SearchedOrderItem } from './searched-order.js';

/** Where an order sits in search order: its creation time (ISO-8601, UTC), then its id. */
export interface OrderPosition {
  createdAt: string;
  orderId: string;
}

/** What orders to find; every field narrows the search, an absent one does not. Times are ISO-8601 UTC. */
export interface OrderCriteria {
  customerId?: string;
  /** Created strictly after this instant. */
  after?: string;
  /** Created strictly before this instant. */
  before?: string;
  /** Contains an item of any of these stores (an empty list does not narrow). */
  storeIds?: readonly string[];
  /** Contains any of these products (an empty list does not narrow). */
  productIds?: readonly string[];
  /** Inclusive. */
  minTotalCents?: number;
  /** Inclusive. */
  maxTotalCents?: number;
  status?: SearchStatus;
  /** Only orders strictly past this position (the previous page's last order). */
  from?: OrderPosition;
}

/** An order as ordering created it; item names are those the order carried. */
export interface NewOrder {
  orderId: string;
  customerId: string;
  items: readonly SearchedOrderItem[];
  totalCents: number;
  createdAt: string;
}

/**
 * The search read model: local copies of names and the orders. Names are joined when an order is
 * read, so a name that arrives after the order (another topic, another consumer) is never lost,
 * and a rebranded store or product shows its current name.
 */
export interface SearchRepository {
  saveCustomerName(sql: Sql, customerId: string, name: string): Promise<void>;
  saveStoreName(sql: Sql, storeId: string, name: string): Promise<void>;
  saveProductName(sql: Sql, productId: string, name: string): Promise<void>;
  /** Stores a new order with `status`; an order already stored is left as it is. */
  addOrder(sql: Sql, order: NewOrder, status: SearchStatus): Promise<void>;
  /** Sets the status of a stored order; false when the order is unknown. */
  setStatus(sql: Sql, orderId: string, status: SearchStatus): Promise<boolean>;
  findOrder(sql: Sql, orderId: string): Promise<SearchedOrder | undefined>;
  /** At most `limit` orders that match `criteria`, in search order (creation time, then id). */
  findOrders(sql: Sql, criteria: OrderCriteria, limit: number): Promise<(SearchedOrder & OrderPosition)[]>;
}
