import type { GrpcServices } from '../../../platform/grpc.js';
import { idParams } from '../../../platform/http-schemas.js';
import type { BasketsService } from '../application/baskets-service.js';
import { basketCheckout, basketOnWire, itemChange, newBasket } from './wire.js';

/** `mallbots.baskets.v1.BasketService`: the use cases of the basket routes, over gRPC. */
export const basketsGrpcService = (services: GrpcServices, service: BasketsService): void => {
  const id = (request: { id: string }): string => idParams.parse({ id: request.id }).id;
  const change = ({ productId, quantity }: { productId: string; quantity: number }) => itemChange.parse({ productId, quantity });
  services.addUnary(services.protos.mallbots.baskets.v1.BasketService.service, {
    StartBasket: async ({ customerId }) => ({ id: await service.start(newBasket.parse({ customerId }).customerId) }),
    CancelBasket: async (request) => {
      await service.cancel(id(request));
      return {};
    },
    CheckoutBasket: async (request) => {
      await service.checkout(id(request), basketCheckout.parse({ paymentId: request.paymentId }).paymentId);
      return {};
    },
    AddItem: async (request) => {
      const { productId, quantity } = change(request);
      await service.addItem(id(request), productId, quantity);
      return {};
    },
    RemoveItem: async (request) => {
      const { productId, quantity } = change(request);
      await service.removeItem(id(request), productId, quantity);
      return {};
    },
    GetBasket: async (request) => ({ basket: basketOnWire(await service.get(id(request))) }),
  });
};
