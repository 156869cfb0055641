import { createCommandHandler, loadAggregate, type Storage } from '@mallbots/eda';
import type { AppTx } from '../../../platform/database.js';
import { retryOnConflict } from '../../../platform/retry-on-conflict.js';
import type { Sql } from '../../../platform/sql.js';
import type { ProductEvent } from '../domain/product-events.js';
import { productDecider, productNotFound, type ProductCommand } from '../domain/product.js';
import type { StoreEvent } from '../domain/store-events.js';
import { requireStore, storeDecider, storeNotFound, type StoreCommand } from '../domain/store.js';
import { productSnapshot, productStream, storeSnapshot, storeStream, type Stored } from './event-streams.js';
import { publishProductEvent, publishStoreEvent } from './integration-events.js';
import type { ProductView, StoresReadModel, StoreView } from './stores-read-model.js';

export interface StoresServiceDeps {
  storage: Storage<AppTx>;
  read: Sql;
  readModel: StoresReadModel;
  newId: () => string;
}

export interface NewProduct {
  name: string;
  description: string;
  sku: string;
  priceCents: number;
}

/**
 * The stores' use cases. Each command decides on its aggregate's event stream (loaded from a
 * snapshot), and in the same transaction updates the read model and publishes the integration
 * events: the events, the row and the outgoing messages commit together or not at all.
 */
export const createStoresService = ({ storage, read, readModel, newId }: StoresServiceDeps) => {
  const handleStore = createCommandHandler({ decider: storeDecider, snapshot: storeSnapshot });
  const handleProduct = createCommandHandler({ decider: productDecider, snapshot: productSnapshot });

  const inTransaction = (work: (tx: AppTx) => Promise<void>) => retryOnConflict(() => storage.transaction(work));

  const executeStore = async (tx: AppTx, storeId: string, command: StoreCommand): Promise<void> => {
    const { state, events } = await handleStore(storage, storeStream(storeId), command, { tx });
    if (events.length === 0) return;
    await readModel.saveStore(tx.sql, { id: storeId, name: state.name, location: state.location, participating: state.participating });
    for (const event of events as Stored<StoreEvent>[]) await publishStoreEvent(tx, storeId, event);
  };

  const executeProduct = async (tx: AppTx, productId: string, command: ProductCommand): Promise<void> => {
    const { state, events } = await handleProduct(storage, productStream(productId), command, { tx });
    if (events.length === 0) return;
    if (state.removed) {
      await readModel.deleteProduct(tx.sql, productId);
    } else {
      const { storeId, name, description, sku, priceCents } = state;
      await readModel.saveProduct(tx.sql, { id: productId, storeId, name, description, sku, priceCents });
    }
    for (const event of events as Stored<ProductEvent>[]) await publishProductEvent(tx, productId, event);
  };

  const storeCommand = (storeId: string, command: StoreCommand) => inTransaction((tx) => executeStore(tx, storeId, command));
  const productCommand = (productId: string, command: ProductCommand) => inTransaction((tx) => executeProduct(tx, productId, command));

  const store = async (storeId: string): Promise<StoreView> => {
    const found = await readModel.store(read, storeId);
    if (!found) throw storeNotFound();
    return found;
  };

  return {
    async createStore(data: { name: string; location: string }): Promise<string> {
      const storeId = newId();
      await storeCommand(storeId, { type: 'CreateStore', data });
      return storeId;
    },
    enableParticipation: (storeId: string) => storeCommand(storeId, { type: 'EnableParticipation', data: {} }),
    disableParticipation: (storeId: string) => storeCommand(storeId, { type: 'DisableParticipation', data: {} }),
    rebrandStore: (storeId: string, name: string) => storeCommand(storeId, { type: 'RebrandStore', data: { name } }),

    /** Adds a product to an existing store (its stream is the truth, read in the same transaction). */
    async addProduct(storeId: string, product: NewProduct): Promise<string> {
      const productId = newId();
      await inTransaction(async (tx) => {
        const owner = await loadAggregate(tx, storeDecider, storeStream(storeId), { snapshot: storeSnapshot });
        requireStore(owner.state);
        await executeProduct(tx, productId, { type: 'AddProduct', data: { storeId, ...product } });
      });
      return productId;
    },
    rebrandProduct: (productId: string, data: { name: string; description: string }) => productCommand(productId, { type: 'RebrandProduct', data }),
    /** `priceCents` is the new absolute price. */
    increasePrice: (productId: string, priceCents: number) => productCommand(productId, { type: 'IncreaseProductPrice', data: { priceCents } }),
    decreasePrice: (productId: string, priceCents: number) => productCommand(productId, { type: 'DecreaseProductPrice', data: { priceCents } }),
    removeProduct: (productId: string) => productCommand(productId, { type: 'RemoveProduct', data: {} }),

    stores: (): Promise<StoreView[]> => readModel.stores(read, { participatingOnly: false }),
    participatingStores: (): Promise<StoreView[]> => readModel.stores(read, { participatingOnly: true }),
    store,
    /** The products of a store; an unknown store is a 404, not an empty list. */
    async products(storeId: string): Promise<ProductView[]> {
      await store(storeId);
      return readModel.products(read, storeId);
    },
    async product(productId: string): Promise<ProductView> {
      const product = await readModel.product(read, productId);
      if (!product) throw productNotFound();
      return product;
    },
  };
};

export type StoresService = ReturnType<typeof createStoresService>;
