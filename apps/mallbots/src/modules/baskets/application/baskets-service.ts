import { createCommandHandler, type Storage } from '@mallbots/eda';
import type { AppTx } from '../../../platform/database.js';
import { NotFoundError } from '../../../platform/errors.js';
import { publish } from '../../../platform/messaging.js';
import { retryOnConflict } from '../../../platform/retry-on-conflict.js';
import type { Sql } from '../../../platform/sql.js';
import { BasketCanceled, BasketCheckedOut, BasketStarted, BasketsTopics } from '../contract.js';
import { basketDecider, type Basket, type BasketCommand } from '../domain/basket.js';
import type { BasketEvent } from '../domain/basket-events.js';
import type { BasketRepository, BasketView } from './basket-repository.js';
import type { Catalog } from './catalog.js';

export interface BasketsServiceDeps {
  storage: Storage<AppTx>;
  read: Sql;
  baskets: BasketRepository;
  catalog: Catalog;
  newId: () => string;
}

const handle = createCommandHandler({ decider: basketDecider, snapshot: { name: 'basket@1', every: 20 } });

const streamId = (basketId: string): string => `basket-${basketId}`;

/** The integration event a domain event is published as, if any: lines change inside the basket only. */
const publishEvent = (tx: AppTx, basketId: string, event: BasketEvent, basket: Basket): Promise<void> => {
  const options = { key: basketId };
  const topic = BasketsTopics.basket;
  switch (event.type) {
    case 'baskets.BasketStarted':
      return publish(tx, topic, BasketStarted, { basketId, customerId: event.data.customerId }, options);
    case 'baskets.BasketCanceled':
      return publish(tx, topic, BasketCanceled, { basketId }, options);
    case 'baskets.BasketCheckedOut': {
      const { customerId, items } = basket;
      return publish(tx, topic, BasketCheckedOut, { basketId, customerId, paymentId: event.data.paymentId, items }, options);
    }
    case 'baskets.ItemAdded':
    case 'baskets.ItemRemoved':
      return Promise.resolve();
  }
};

/**
 * The baskets' use cases. Each command runs in one transaction: the basket's events are appended
 * (with a snapshot every 20), its read row is saved and its integration events join the outbox.
 */
export const createBasketsService = ({ storage, read, baskets, catalog, newId }: BasketsServiceDeps) => {
  const run = (id: string, command: (tx: AppTx) => Promise<BasketCommand>) =>
    retryOnConflict(() =>
      storage.transaction(async (tx) => {
        const { state, events } = await handle(storage, streamId(id), await command(tx), { tx });
        if (events.length === 0) return;
        await baskets.save(tx.sql, id, state);
        for (const event of events) await publishEvent(tx, id, event as unknown as BasketEvent, state);
      }),
    );

  return {
    async start(customerId: string): Promise<string> {
      const id = newId();
      await run(id, async () => ({ type: 'StartBasket', data: { customerId } }));
      return id;
    },
    cancel: (id: string) => run(id, async () => ({ type: 'CancelBasket', data: {} })),
    /** Takes the product's names and price from the local copy of the catalog, as it is now. */
    addItem: (id: string, productId: string, quantity: number) =>
      run(id, async (tx) => ({ type: 'AddItem', data: { product: await catalog.findProduct(tx.sql, productId), quantity } })),
    removeItem: (id: string, productId: string, quantity: number) => run(id, async () => ({ type: 'RemoveItem', data: { productId, quantity } })),
    checkout: (id: string, paymentId: string) => run(id, async () => ({ type: 'CheckoutBasket', data: { paymentId } })),
    async get(id: string): Promise<BasketView> {
      const basket = await baskets.load(read, id);
      if (!basket) throw new NotFoundError('the basket was not found');
      return basket;
    },
  };
};

export type BasketsService = ReturnType<typeof createBasketsService>;
