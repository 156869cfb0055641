import type { Message, SagaInstance, SagaOrchestrator, SagaStatus, StorageUnit } from '@mallbots/eda';
import { NotFoundError } from '../../../platform/errors.js';
import type { DataOf } from '../../../platform/contract-kit.js';
import type { OrderCreated } from '../../ordering/contract.js';
import type { CreateOrderData } from '../domain/create-order-saga.js';

/** A saga instance as staff see it. */
export interface SagaView {
  id: string;
  status: SagaStatus;
  step: number;
  /** The step running, compensating or stuck; null once completed or compensated. */
  stepName: string | null;
  /** Why the saga compensates, was compensated or is stuck. */
  reason: string | null;
  updatedAt: string;
}

/** One saga in detail: the summary plus what it carries and when its reply is due. */
export interface SagaDetail extends SagaView {
  customerId: string;
  paymentId: string;
  shoppingId: string | null;
  deadline: string | null;
}

/** The order as the saga starts from it. */
export type CreatedOrder = DataOf<typeof OrderCreated>;

const viewOf = (saga: SagaInstance<CreateOrderData>): SagaView => ({
  id: saga.id,
  status: saga.status,
  step: saga.step,
  stepName: saga.stepName ?? null,
  reason: saga.reason,
  updatedAt: saga.updatedAt.toISOString(),
});

/** The create-order sagas: started from created orders, listed, shown and resumed by staff. */
export const createOrderSagas = (orchestrator: SagaOrchestrator<CreateOrderData>) => {
  const find = async (id: string): Promise<SagaInstance<CreateOrderData>> => {
    const saga = await orchestrator.get(id);
    if (!saga) throw new NotFoundError('the saga was not found');
    return saga;
  };

  return {
    /**
     * Starts the saga of `order` (saga id = order id) in the caller's transaction, so it starts
     * exactly when the consumer's inbox record commits; a saga that exists already is left as it is.
     */
    async begin(unit: StorageUnit, order: CreatedOrder, cause: Message): Promise<void> {
      const items = order.items.map(({ productId, storeId, quantity }) => ({ productId, storeId, quantity }));
      const data: CreateOrderData = { orderId: order.orderId, customerId: order.customerId, paymentId: order.paymentId, totalCents: order.totalCents, items };
      await orchestrator.start(order.orderId, data, { unit, cause });
    },
    async list(status?: SagaStatus): Promise<SagaView[]> {
      return (await orchestrator.list({ status })).map(viewOf);
    },
    async get(id: string): Promise<SagaDetail> {
      const saga = await find(id);
      return {
        ...viewOf(saga),
        customerId: saga.data.customerId,
        paymentId: saga.data.paymentId,
        shoppingId: saga.data.shoppingListId ?? null,
        deadline: saga.deadline?.toISOString() ?? null,
      };
    },
    /** Compensates a stuck saga again once staff fixed the cause; a saga that is not stuck is a broken rule. */
    async resume(id: string): Promise<void> {
      await find(id);
      await orchestrator.resume(id);
    },
  };
};

export type CreateOrderSagas = ReturnType<typeof createOrderSagas>;
