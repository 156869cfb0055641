import { createCommandHandler, type Message, type Storage } from '@mallbots/eda';
import type { Logger } from 'pino';
import type { AppTx } from '../../../platform/database.js';
import { NotFoundError } from '../../../platform/errors.js';
import { publish, skipIfNotApplicable } from '../../../platform/messaging.js';
import { retryOnConflict } from '../../../platform/retry-on-conflict.js';
import type { Sql } from '../../../platform/sql.js';
import { OrderApproved, OrderCanceled, OrderCompleted, OrderCreated, OrderingTopics, OrderReadied, OrderRejected } from '../contract.js';
import { orderDecider, orderTotalCents, type Order, type OrderCommand } from '../domain/order.js';
import type { OrderEvent, OrderLine } from '../domain/order-events.js';
import type { OrderRepository, OrderView } from './order-repository.js';

export interface OrderingServiceDeps {
  storage: Storage<AppTx>;
  read: Sql;
  orders: OrderRepository;
  newId: () => string;
  logger: Logger;
}

export interface NewOrder {
  customerId: string;
  paymentId: string;
  items: OrderLine[];
}

type Cause = Pick<Message, 'id' | 'metadata'>;

const handle = createCommandHandler({ decider: orderDecider, snapshot: { name: 'order@1', every: 20 } });

const streamId = (orderId: string): string => `order-${orderId}`;

/** The integration event a domain event is published as, if any. */
const publishEvent = (tx: AppTx, orderId: string, event: OrderEvent, order: Order, cause: Cause | undefined): Promise<void> => {
  const options = { key: orderId, cause };
  const topic = OrderingTopics.order;
  const { customerId, paymentId } = order;
  switch (event.type) {
    case 'ordering.OrderCreated':
      return publish(tx, topic, OrderCreated, { orderId, customerId, paymentId, items: order.items, totalCents: orderTotalCents(order) }, options);
    case 'ordering.OrderRejected':
      return publish(tx, topic, OrderRejected, { orderId, customerId }, options);
    case 'ordering.OrderApproved':
      return publish(tx, topic, OrderApproved, { orderId, customerId, shoppingId: event.data.shoppingId }, options);
    case 'ordering.OrderReadied':
      return publish(tx, topic, OrderReadied, { orderId, customerId, paymentId, totalCents: orderTotalCents(order) }, options);
    case 'ordering.OrderCompleted':
      return publish(tx, topic, OrderCompleted, { orderId, customerId, invoiceId: event.data.invoiceId }, options);
    case 'ordering.OrderCanceled':
      return publish(tx, topic, OrderCanceled, { orderId, customerId, paymentId, shoppingId: order.shoppingId || undefined }, options);
    case 'ordering.ShoppingListRecorded':
      return Promise.resolve();
  }
};

/**
 * The orders' use cases. Each command runs in one transaction (the caller's, for messages): the
 * order's events are appended (with a snapshot every 20), its read row is saved and its
 * integration events join the outbox.
 */
export const createOrderingService = ({ storage, read, orders, newId, logger }: OrderingServiceDeps) => {
  const execute = async (tx: AppTx, id: string, command: OrderCommand, cause?: Cause): Promise<void> => {
    const { state, events } = await handle(storage, streamId(id), command, { tx });
    if (events.length === 0) return;
    await orders.save(tx.sql, id, state);
    for (const event of events) await publishEvent(tx, id, event as unknown as OrderEvent, state, cause);
  };
  const run = (id: string, command: OrderCommand) => retryOnConflict(() => storage.transaction((tx) => execute(tx, id, command)));
  /**
   * A reaction to another module's event: one that does not apply to the order as it is now (an
   * order canceled meanwhile, an unknown order) is skipped, not retried; any other error (an order
   * not approved yet, `OrderNotApprovedYetError`) propagates, so the message is delivered again.
   */
  const react = (tx: AppTx, id: string, command: OrderCommand, cause: Cause): Promise<void> =>
    skipIfNotApplicable(logger, { orderId: id, command: command.type, messageId: cause.id }, () => execute(tx, id, command, cause));

  return {
    async create(order: NewOrder): Promise<string> {
      const id = newId();
      await run(id, { type: 'CreateOrder', data: order });
      return id;
    },
    cancel: (id: string) => run(id, { type: 'CancelOrder', data: {} }),
    async get(id: string): Promise<OrderView> {
      const order = await orders.load(read, id);
      if (!order) throw new NotFoundError('the order was not found');
      return order;
    },
    /** A basket was checked out: its order (same id) is created, once. */
    createFromBasket: (tx: AppTx, id: string, order: NewOrder, cause: Cause) => react(tx, id, { type: 'CreateOrder', data: order }, cause),
    recordShoppingList: (tx: AppTx, id: string, shoppingId: string, cause: Cause) =>
      react(tx, id, { type: 'RecordShoppingList', data: { shoppingId } }, cause),
    ready: (tx: AppTx, id: string, cause: Cause) => react(tx, id, { type: 'ReadyOrder', data: {} }, cause),
    complete: (tx: AppTx, id: string, invoiceId: string, cause: Cause) => react(tx, id, { type: 'CompleteOrder', data: { invoiceId } }, cause),
    /** The saga's commands: a broken rule propagates, so the saga gets a failure reply. */
    reject: (tx: AppTx, id: string, shoppingId: string | undefined, cause: Cause) =>
      execute(tx, id, { type: 'RejectOrder', data: shoppingId ? { shoppingId } : {} }, cause),
    approve: (tx: AppTx, id: string, shoppingId: string, cause: Cause) => execute(tx, id, { type: 'ApproveOrder', data: { shoppingId } }, cause),
  };
};

export type OrderingService = ReturnType<typeof createOrderingService>;
