import type { SnapshotPolicy, StoredEvent } from '@mallbots/eda';
import type { Product } from '../domain/product.js';
import type { Store } from '../domain/store.js';

/** Where each aggregate lives in the event store, and how often its state is snapshotted. */
export const storeStream = (storeId: string): string => `store-${storeId}`;
export const productStream = (productId: string): string => `product-${productId}`;

/** Change the name when the state's shape changes: older snapshots are then ignored and the stream replayed. */
export const storeSnapshot: SnapshotPolicy<Store> = { name: 'store@1', every: 20 };
export const productSnapshot: SnapshotPolicy<Product> = { name: 'product@1', every: 20 };

/** A domain event as stored: its envelope (id, metadata) with the decider's typed `{ type, data }`. */
export type Stored<E> = Omit<StoredEvent, 'type' | 'data'> & E;
