import { answered, idOf, type GrpcServices } from '../../../platform/grpc.js';
import type { BasketsService } from '../application/baskets-service.js';
import { basketCheckout, basketOnWire, itemChange, newBasket } from './wire.js';

/** `mallbots.baskets.v1.BasketService`: the use cases of the basket routes, over gRPC. */
export const basketsGrpcService = (services: GrpcServices, service: BasketsService): void => {
  const change = ({ productId, quantity }: { productId: string; quantity: number }) => itemChange.parse({ productId, quantity });
  services.addUnary(services.protos.mallbots.baskets.v1.BasketService.service, {
    StartBasket: async ({ customerId }) => ({ id: await service.start(newBasket.parse({ customerId }).customerId) }),
    CancelBasket: (request) => answered(service.cancel(idOf(request))),
    CheckoutBasket: (request) => answered(service.checkout(idOf(request), basketCheckout.parse({ paymentId: request.paymentId }).paymentId)),
    AddItem: async (request) => {
      const { productId, quantity } = change(request);
      await service.addItem(idOf(request), productId, quantity);
      return {};
    },
    RemoveItem: async (request) => {
      const { productId, quantity } = change(request);
      await service.removeItem(idOf(request), productId, quantity);
      return {};
    },
    GetBasket: async (request) => ({ basket: basketOnWire(await service.get(idOf(request))) }),
  });
};
