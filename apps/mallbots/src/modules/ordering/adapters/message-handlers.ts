import { answer, on, type Answer, type Reaction } from '../../../platform/messaging.js';
import { BasketCheckedOut } from '../../baskets/contract.js';
import { ShoppingListCompleted, ShoppingListCreated } from '../../depot/contract.js';
import { InvoicePaid } from '../../payments/contract.js';
import type { OrderingService } from '../application/ordering-service.js';
import { ApproveOrder, RejectOrder } from '../contract.js';

/** A checked-out basket becomes an order with the basket's id. */
export const basketReactions = (service: OrderingService): Reaction[] => [
  on(BasketCheckedOut, (data, tx, ctx) =>
    service.createFromBasket(tx, data.basketId, { customerId: data.customerId, paymentId: data.paymentId, items: data.items }, ctx.message),
  ),
];

/** The depot's shopping list: its id as soon as it exists, and the order is ready once shopping is done. */
export const depotReactions = (service: OrderingService): Reaction[] => [
  on(ShoppingListCreated, (data, tx, ctx) => service.recordShoppingList(tx, data.orderId, data.shoppingListId, ctx.message)),
  on(ShoppingListCompleted, (data, tx, ctx) => service.ready(tx, data.orderId, ctx.message)),
];

/** A paid invoice completes its order. */
export const paymentReactions = (service: OrderingService): Reaction[] => [
  on(InvoicePaid, (data, tx, ctx) => service.complete(tx, data.orderId, data.invoiceId, ctx.message)),
];

/** The create-order saga's commands to ordering. */
export const orderCommandAnswers = (service: OrderingService): Answer[] => [
  answer(RejectOrder, async (data, tx, ctx) => {
    await service.reject(tx, data.orderId, data.shoppingId, ctx.message);
    return {};
  }),
  answer(ApproveOrder, async (data, tx, ctx) => {
    await service.approve(tx, data.orderId, data.shoppingId, ctx.message);
    return {};
  }),
];
