import type { GrpcServices } from '../../../platform/grpc.js';
import { idParams } from '../../../platform/http-schemas.js';
import type { OrderingService } from '../application/ordering-service.js';
import { newOrder, orderFromWire, orderOnWire } from './wire.js';

/** `mallbots.ordering.v1.OrderingService`: the use cases of the order routes, over gRPC. */
export const orderingGrpcService = (services: GrpcServices, service: OrderingService): void => {
  const id = (request: { id: string }): string => idParams.parse({ id: request.id }).id;
  services.addUnary(services.protos.mallbots.ordering.v1.OrderingService.service, {
    CreateOrder: async ({ customerId, paymentId, items }) => ({ id: await service.create(orderFromWire(newOrder.parse({ customerId, paymentId, items }))) }),
    GetOrder: async (request) => ({ order: orderOnWire(await service.get(id(request))) }),
    CancelOrder: async (request) => {
      await service.cancel(id(request));
      return {};
    },
  });
};
