import type { AppTx } from '../../../platform/database.js';
import { publish } from '../../../platform/messaging.js';
import {
  ProductAdded,
  ProductPriceChanged,
  ProductRebranded,
  ProductRemoved,
  StoreCreated,
  StoreParticipationDisabled,
  StoreParticipationEnabled,
  StoreRebranded,
  StoresTopics,
} from '../contract.js';
import type { ProductEvent } from '../domain/product-events.js';
import type { StoreEvent } from '../domain/store-events.js';
import type { Stored } from './event-streams.js';

/** Publishes a store's domain event as its integration event, keyed by the store id and caused by the stored event. */
export const publishStoreEvent = (tx: AppTx, storeId: string, event: Stored<StoreEvent>): Promise<void> => {
  const options = { key: storeId, cause: event };
  const topic = StoresTopics.store;
  switch (event.type) {
    case 'stores.StoreCreated':
      return publish(tx, topic, StoreCreated, { storeId, ...event.data }, options);
    case 'stores.StoreParticipationEnabled':
      return publish(tx, topic, StoreParticipationEnabled, { storeId }, options);
    case 'stores.StoreParticipationDisabled':
      return publish(tx, topic, StoreParticipationDisabled, { storeId }, options);
    case 'stores.StoreRebranded':
      return publish(tx, topic, StoreRebranded, { storeId, name: event.data.name }, options);
  }
};

/** Publishes a product's domain event as its integration event; both price directions are one ProductPriceChanged. */
export const publishProductEvent = (tx: AppTx, productId: string, event: Stored<ProductEvent>): Promise<void> => {
  const options = { key: productId, cause: event };
  const topic = StoresTopics.product;
  switch (event.type) {
    case 'stores.ProductAdded':
      return publish(tx, topic, ProductAdded, { productId, ...event.data }, options);
    case 'stores.ProductRebranded':
      return publish(tx, topic, ProductRebranded, { productId, ...event.data }, options);
    case 'stores.ProductPriceIncreased':
    case 'stores.ProductPriceDecreased':
      return publish(tx, topic, ProductPriceChanged, { productId, ...event.data }, options);
    case 'stores.ProductRemoved':
      return publish(tx, topic, ProductRemoved, { productId, storeId: event.data.storeId }, options);
  }
};
