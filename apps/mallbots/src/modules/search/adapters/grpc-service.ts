import { idOf, type GrpcServices } from '../../../platform/grpc.js';
import type { OrderSearch } from '../application/order-search.js';
import { orderOnWire, searchBody, searchRequestOf } from './wire.js';

/**
 * `mallbots.search.v1.SearchService`: the queries of the search routes, over gRPC. The request's
 * fields are picked by name: the decoded message also carries a marker per optional field, which
 * the strict body schema would refuse as unknown.
 */
export const searchGrpcService = (services: GrpcServices, search: OrderSearch): void => {
  services.addUnary(services.protos.mallbots.search.v1.SearchService.service, {
    SearchOrders: async ({ filters, next, limit }) => {
      const body = searchBody.parse({
        filters: filters
          ? {
              customerId: filters.customerId,
              after: filters.after,
              before: filters.before,
              storeIds: filters.storeIds,
              productIds: filters.productIds,
              minTotal: filters.minTotal,
              maxTotal: filters.maxTotal,
              status: filters.status,
            }
          : undefined,
        next,
        limit,
      });
      const page = await search.search(searchRequestOf(body));
      return { orders: page.orders.map(orderOnWire), next: page.next };
    },
    GetOrder: async (request) => ({ order: orderOnWire(await search.get(idOf(request))) }),
  });
};
