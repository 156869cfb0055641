import type { SearchStatus } from '../domain/search-status.js';

/** A line of an order as search shows it (money in cents). */
export interface SearchedOrderItem {
  productId: string;
  storeId: string;
  productName: string;
  storeName: string;
  priceCents: number;
  quantity: number;
}

/** An order enriched with its customer's, stores' and products' names (money in cents). */
export interface SearchedOrder {
  orderId: string;
  customerId: string;
  /** Empty until search has learned the customer's name. */
  customerName: string;
  items: SearchedOrderItem[];
  totalCents: number;
  status: SearchStatus;
}
