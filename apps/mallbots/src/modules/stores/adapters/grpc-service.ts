import { idOf, type GrpcServices } from '../../../platform/grpc.js';
import { toCents } from '../../../platform/money.js';
import type { StoresService } from '../application/stores-service.js';
import { newPrice, newProduct, newStore, productBrand, productOnWire, storeIdParams, storeName } from './wire.js';

/** `mallbots.stores.v1.StoresService`: the use cases of the store and product routes, over gRPC. */
export const storesGrpcService = (services: GrpcServices, service: StoresService): void => {
  services.addUnary(services.protos.mallbots.stores.v1.StoresService.service, {
    CreateStore: async ({ name, location }) => ({ id: await service.createStore(newStore.parse({ name, location })) }),
    EnableParticipation: async (request) => {
      await service.enableParticipation(idOf(request));
      return {};
    },
    DisableParticipation: async (request) => {
      await service.disableParticipation(idOf(request));
      return {};
    },
    RebrandStore: async (request) => {
      await service.rebrandStore(idOf(request), storeName.parse({ name: request.name }).name);
      return {};
    },
    GetStore: async (request) => ({ store: await service.store(idOf(request)) }),
    GetStores: async () => ({ stores: await service.stores() }),
    GetParticipatingStores: async () => ({ stores: await service.participatingStores() }),

    AddProduct: async ({ storeId, ...body }) => {
      const { price, ...details } = newProduct.parse(body);
      return { id: await service.addProduct(storeIdParams.parse({ storeId }).storeId, { ...details, priceCents: toCents(price) }) };
    },
    RebrandProduct: async ({ id: productId, ...brand }) => {
      await service.rebrandProduct(idOf({ id: productId }), productBrand.parse(brand));
      return {};
    },
    IncreaseProductPrice: async (request) => {
      await service.increasePrice(idOf(request), toCents(newPrice.parse({ price: request.price }).price));
      return {};
    },
    DecreaseProductPrice: async (request) => {
      await service.decreasePrice(idOf(request), toCents(newPrice.parse({ price: request.price }).price));
      return {};
    },
    RemoveProduct: async (request) => {
      await service.removeProduct(idOf(request));
      return {};
    },
    GetProduct: async (request) => ({ product: productOnWire(await service.product(idOf(request))) }),
    GetCatalog: async ({ storeId }) => ({ products: (await service.products(storeIdParams.parse({ storeId }).storeId)).map(productOnWire) }),
  });
};
