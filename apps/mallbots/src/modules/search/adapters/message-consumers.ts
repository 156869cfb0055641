import { CustomerRegistered, CustomersTopics } from '../../customers/contract.js';
import {
  OrderApproved,
  OrderCanceled,
  OrderCompleted,
  OrderCreated,
  OrderingTopics,
  OrderReadied,
  OrderRejected,
} from '../../ordering/contract.js';
import { ProductAdded, ProductRebranded, StoreCreated, StoreRebranded, StoresTopics } from '../../stores/contract.js';
import { on, type ModuleMessaging } from '../../../platform/messaging.js';
import type { OrderProjection } from '../application/order-projection.js';

/**
 * Feeds the search read model from integration events, with search's own consumer groups (so it
 * sees every event, whoever else listens): `search.customers`, `search.stores` and `search.orders`.
 * Separate groups keep a slow topic from holding up the others; the read model does not depend on
 * their relative order (names are joined when an order is read).
 */
export const consumeSearchEvents = (messaging: ModuleMessaging, projection: OrderProjection): void => {
  messaging.consume('customers', [CustomersTopics.customer], [
    on(CustomerRegistered, (data, tx) => projection.customerRegistered(tx.sql, data.customerId, data.name)),
  ]);
  messaging.consume('stores', [StoresTopics.store, StoresTopics.product], [
    on(StoreCreated, (data, tx) => projection.storeNamed(tx.sql, data.storeId, data.name)),
    on(StoreRebranded, (data, tx) => projection.storeNamed(tx.sql, data.storeId, data.name)),
    on(ProductAdded, (data, tx) => projection.productNamed(tx.sql, data.productId, data.name)),
    on(ProductRebranded, (data, tx) => projection.productNamed(tx.sql, data.productId, data.name)),
  ]);
  messaging.consume('orders', [OrderingTopics.order], [
    on(OrderCreated, (data, tx, ctx) =>
      projection.orderCreated(tx.sql, {
        orderId: data.orderId,
        customerId: data.customerId,
        items: data.items,
        totalCents: data.totalCents,
        // The order's creation time is when ordering created it, not when search heard of it.
        createdAt: ctx.message.occurredAt.toISOString(),
      }),
    ),
    on(OrderApproved, (data, tx) => projection.orderChanged(tx.sql, data.orderId, 'OrderApproved')),
    on(OrderRejected, (data, tx) => projection.orderChanged(tx.sql, data.orderId, 'OrderRejected')),
    on(OrderReadied, (data, tx) => projection.orderChanged(tx.sql, data.orderId, 'OrderReadied')),
    on(OrderCompleted, (data, tx) => projection.orderChanged(tx.sql, data.orderId, 'OrderCompleted')),
    on(OrderCanceled, (data, tx) => projection.orderChanged(tx.sql, data.orderId, 'OrderCanceled')),
  ]);
};
