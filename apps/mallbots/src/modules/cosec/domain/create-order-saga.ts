import { defineSaga, type SagaCommand } from '@mallbots/eda';
import type { CommandSpec, DataOf } from '../../../platform/contract-kit.js';
import { AuthorizeCustomer, CustomersTopics } from '../../customers/contract.js';
import { CancelShoppingList, CreateShoppingList, DepotTopics, InitiateShopping } from '../../depot/contract.js';
import { ApproveOrder, OrderingTopics, RejectOrder } from '../../ordering/contract.js';
import { ConfirmPayment, PaymentsTopics } from '../../payments/contract.js';
import { CosecTopics } from '../contract.js';

/** What the create-order saga carries from step to step (persisted as JSON after every step). */
export interface CreateOrderData {
  orderId: string;
  customerId: string;
  paymentId: string;
  totalCents: number;
  items: { productId: string; storeId: string; quantity: number }[];
  /** Set by CreateShoppingList's reply; from then on the compensations name the list. */
  shoppingListId?: string;
}

/** A command of a participant's contract, typed by its spec, for the participant's commands topic. */
const command = <C extends CommandSpec>(topic: string, spec: C, data: DataOf<C>): SagaCommand => ({ topic, type: spec.type, data });

/** The list's id, which steps after CreateShoppingList can rely on (its success reply carried it). */
const listOf = (data: CreateOrderData): string => {
  if (!data.shoppingListId) throw new Error(`create-order saga ${data.orderId}: no shopping list id after CreateShoppingList`);
  return data.shoppingListId;
};

/**
 * The create-order saga of the order lifecycle (orchestration): instance id = order id. Each step's
 * command goes to its participant's commands topic and the replies come back on
 * `CosecTopics.createOrderReplies`; a failed step compensates the earlier ones backward, ending
 * with RejectOrder (step 0).
 */
export const createOrderSaga = defineSaga<CreateOrderData>({
  name: 'cosec.create-order',
  replyTopic: CosecTopics.createOrderReplies,
  steps: [
    {
      name: 'RejectOrder',
      compensation: (data) =>
        command(OrderingTopics.commands, RejectOrder, {
          orderId: data.orderId,
          ...(data.shoppingListId ? { shoppingId: data.shoppingListId } : {}),
        }),
    },
    {
      name: 'AuthorizeCustomer',
      action: (data) => command(CustomersTopics.commands, AuthorizeCustomer, { customerId: data.customerId }),
    },
    {
      name: 'CreateShoppingList',
      action: (data) => command(DepotTopics.commands, CreateShoppingList, { orderId: data.orderId, items: data.items }),
      onReply: (data, reply) => ({ ...data, shoppingListId: CreateShoppingList.result.parse(reply.data.result).shoppingListId }),
      // Without an id (the step timed out, its reply lost) there is no list this saga can name.
      compensation: (data) =>
        data.shoppingListId ? command(DepotTopics.commands, CancelShoppingList, { shoppingListId: data.shoppingListId }) : undefined,
    },
    {
      name: 'ConfirmPayment',
      action: (data) =>
        command(PaymentsTopics.commands, ConfirmPayment, {
          paymentId: data.paymentId,
          customerId: data.customerId,
          amountCents: data.totalCents,
          // Binds the authorization to this order, so it cannot pay for another one.
          orderId: data.orderId,
        }),
    },
    {
      name: 'InitiateShopping',
      action: (data) => command(DepotTopics.commands, InitiateShopping, { shoppingListId: listOf(data) }),
    },
    {
      name: 'ApproveOrder',
      action: (data) => command(OrderingTopics.commands, ApproveOrder, { orderId: data.orderId, shoppingId: listOf(data) }),
    },
  ],
});
