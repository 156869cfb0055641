import { answered, idOf, type GrpcServices } from '../../../platform/grpc.js';
import type { OrderingService } from '../application/ordering-service.js';
import { newOrder, orderFromWire, orderOnWire } from './wire.js';

/** `mallbots.ordering.v1.OrderingService`: the use cases of the order routes, over gRPC. */
export const orderingGrpcService = (services: GrpcServices, service: OrderingService): void => {
  services.addUnary(services.protos.mallbots.ordering.v1.OrderingService.service, {
    CreateOrder: async ({ customerId, paymentId, items }) => ({ id: await service.create(orderFromWire(newOrder.parse({ customerId, paymentId, items }))) }),
    GetOrder: async (request) => ({ order: orderOnWire(await service.get(idOf(request))) }),
    CancelOrder: (request) => answered(service.cancel(idOf(request))),
  });
};
