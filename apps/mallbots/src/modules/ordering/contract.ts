import { z } from 'zod';
import { commandSpec, messageSpec } from '../../platform/contract-kit.js';

/** What other modules may know of orders: integration events and the commands ordering answers. */
export const OrderingTopics = {
  order: 'mallbots.ordering.events.Order',
  commands: 'mallbots.ordering.commands',
} as const;

const orderId = z.string().min(1);
const customerId = z.string().min(1);

export const OrderItem = z.object({
  storeId: z.string().min(1),
  productId: z.string().min(1),
  storeName: z.string(),
  productName: z.string(),
  priceCents: z.number().int().nonnegative(),
  quantity: z.number().int().positive(),
});
export type OrderItem = z.infer<typeof OrderItem>;

export const OrderCreated = messageSpec(
  'orderingapi.OrderCreated',
  z.object({
    orderId,
    customerId,
    paymentId: z.string().min(1),
    items: z.array(OrderItem).min(1),
    totalCents: z.number().int().nonnegative(),
  }),
);
export const OrderRejected = messageSpec('orderingapi.OrderRejected', z.object({ orderId, customerId }));
export const OrderApproved = messageSpec('orderingapi.OrderApproved', z.object({ orderId, customerId, shoppingId: z.string().min(1) }));
export const OrderReadied = messageSpec(
  'orderingapi.OrderReadied',
  z.object({ orderId, customerId, paymentId: z.string().min(1), totalCents: z.number().int().nonnegative() }),
);
export const OrderCanceled = messageSpec(
  'orderingapi.OrderCanceled',
  z.object({ orderId, customerId, paymentId: z.string().min(1), shoppingId: z.string().optional() }),
);
export const OrderCompleted = messageSpec('orderingapi.OrderCompleted', z.object({ orderId, customerId, invoiceId: z.string().min(1) }));

/** Saga compensation: the order becomes `rejected`. Succeeds without change on an order already rejected or canceled. */
export const RejectOrder = commandSpec('orderingapi.RejectOrder', z.object({ orderId, shoppingId: z.string().optional() }));
/** Saga's last step: the order becomes `approved` with its shopping list. Fails unless the order is `pending`. */
export const ApproveOrder = commandSpec('orderingapi.ApproveOrder', z.object({ orderId, shoppingId: z.string().min(1) }));

export const orderingContract = [
  OrderCreated,
  OrderRejected,
  OrderApproved,
  OrderReadied,
  OrderCanceled,
  OrderCompleted,
  RejectOrder,
  ApproveOrder,
];
