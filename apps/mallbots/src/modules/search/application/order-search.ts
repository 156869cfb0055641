import { NotFoundError } from '../../../platform/errors.js';
import type { Sql } from '../../../platform/sql.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { OrderCriteria, SearchRepository } from './search-repository.js';
import type { SearchedOrder } from './searched-order.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** The filters of a search; `after` and `before` are ISO-8601 instants with any offset. */
export type OrderFilters = Omit<OrderCriteria, 'from'>;

export interface SearchRequest {
  filters: OrderFilters;
  /** The `next` of the previous page; absent or empty for the first page. */
  next?: string;
  /** 1 to MAX_LIMIT (the HTTP schema enforces it); DEFAULT_LIMIT when absent. */
  limit?: number;
}

export interface SearchPage {
  orders: SearchedOrder[];
  /** Where the next page starts; empty when this page is the last. */
  next: string;
}

export interface OrderSearchDeps {
  read: Sql;
  repository: SearchRepository;
}

/** The stored form of an instant, so times compare as text. */
const utc = (instant: string | undefined): string | undefined => (instant === undefined ? undefined : new Date(instant).toISOString());

/** The queries of search: one order, or a page of the orders that match some filters. */
export const createOrderSearch = ({ read, repository }: OrderSearchDeps) => ({
  async get(orderId: string): Promise<SearchedOrder> {
    const order = await repository.findOrder(read, orderId);
    if (!order) throw new NotFoundError('the order was not found');
    return order;
  },

  async search({ filters, next, limit = DEFAULT_LIMIT }: SearchRequest): Promise<SearchPage> {
    const criteria: OrderCriteria = {
      ...filters,
      after: utc(filters.after),
      before: utc(filters.before),
      from: next ? decodeCursor(next) : undefined,
    };
    // One more than asked tells whether another page exists without a count.
    const found = await repository.findOrders(read, criteria, limit + 1);
    const page = found.slice(0, limit);
    const last = page.at(-1);
    return {
      orders: page.map(({ createdAt: _createdAt, ...order }) => order),
      next: found.length > limit && last ? encodeCursor(last) : '',
    };
  },
});

export type OrderSearch = ReturnType<typeof createOrderSearch>;
