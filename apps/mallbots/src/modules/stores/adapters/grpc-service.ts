import { answered, idOf, type GrpcServices } from '../../../platform/grpc.js';
import { toCents } from '../../../platform/money.js';
import type { StoresService } from '../application/stores-service.js';
import { newPrice, newProduct, newStore, productBrand, productOnWire, storeIdParams, storeName } from './wire.js';

/** `mallbots.stores.v1.StoresService`: the use cases of the store and product routes, over gRPC. */
export const storesGrpcService = (services: GrpcServices, service: StoresService): void => {
  services.addUnary(services.protos.mallbots.stores.v1.StoresService.service, {
    CreateStore: async ({ name, location }) => ({ id: await service.createStore(newStore.parse({ name, location })) }),
    EnableParticipation: (request) => answered(service.enableParticipation(idOf(request))),
    DisableParticipation: (request) => answered(service.disableParticipation(idOf(request))),
    RebrandStore: (request) => answered(service.rebrandStore(idOf(request), storeName.parse({ name: request.name }).name)),
    GetStore: async (request) => ({ store: await service.store(idOf(request)) }),
    GetStores: async () => ({ stores: await service.stores() }),
    GetParticipatingStores: async () => ({ stores: await service.participatingStores() }),

    AddProduct: async ({ storeId, ...body }) => {
      const { price, ...details } = newProduct.parse(body);
      return { id: await service.addProduct(storeIdParams.parse({ storeId }).storeId, { ...details, priceCents: toCents(price) }) };
    },
    RebrandProduct: ({ id: productId, ...brand }) => answered(service.rebrandProduct(idOf({ id: productId }), productBrand.parse(brand))),
    IncreaseProductPrice: (request) => answered(service.increasePrice(idOf(request), toCents(newPrice.parse({ price: request.price }).price))),
    DecreaseProductPrice: (request) => answered(service.decreasePrice(idOf(request), toCents(newPrice.parse({ price: request.price }).price))),
    RemoveProduct: (request) => answered(service.removeProduct(idOf(request))),
    GetProduct: async (request) => ({ product: productOnWire(await service.product(idOf(request))) }),
    GetCatalog: async ({ storeId }) => ({ products: (await service.products(storeIdParams.parse({ storeId }).storeId)).map(productOnWire) }),
  });
};
