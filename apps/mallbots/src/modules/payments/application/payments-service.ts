import type { Message, Storage } from '@mallbots/eda';
import type { AppTx } from '../../../platform/database.js';
import { retryOnConflict } from '../../../platform/retry-on-conflict.js';
import { decideAndSave } from '../../../platform/state-stored.js';
import { paymentDecider, type PaymentCommand } from '../domain/payment.js';
import type { PaymentRepository } from './payment-repository.js';

/** Only authorizing runs on an id with no payment. */
const unknownPayment = { creates: 'AuthorizePayment', notFound: 'the payment was not found' } as const;

export interface PaymentsServiceDeps {
  storage: Storage<AppTx>;
  repository: PaymentRepository;
  newId: () => string;
}

export interface PaymentConfirmation {
  paymentId: string;
  customerId: string;
  amountCents: number;
  orderId?: string;
}

/**
 * Payment authorizations: a customer authorizes an amount at the kiosk, and the create-order saga
 * confirms it for one order. Authorizations publish nothing: no other module follows them.
 */
export const createPaymentsService = ({ storage, repository, newId }: PaymentsServiceDeps) => {
  const execute = async (tx: AppTx, id: string, command: PaymentCommand): Promise<void> => {
    await decideAndSave(tx, paymentDecider, repository, id, command, unknownPayment);
  };

  return {
    async authorize(data: { customerId: string; amountCents: number }): Promise<string> {
      const id = newId();
      await retryOnConflict(() => storage.transaction((tx) => execute(tx, id, { type: 'AuthorizePayment', data })));
      return id;
    },
    /**
     * The saga's step: succeeds when the authorization exists, is the customer's and covers the
     * amount, for this order only (see `ConfirmPayment` in the contract). Without an order id the
     * workflow of `cause` (its correlation id) names the order.
     */
    confirm: (tx: AppTx, { paymentId, customerId, amountCents, orderId }: PaymentConfirmation, cause: Pick<Message, 'metadata'>) =>
      execute(tx, paymentId, {
        type: 'ConfirmPayment',
        data: { customerId, amountCents, confirmFor: orderId ?? `workflow:${cause.metadata.correlationId}` },
      }),
  };
};

export type PaymentsService = ReturnType<typeof createPaymentsService>;
