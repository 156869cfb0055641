import { credentials, type ClientUnaryCall, type requestCallback } from '@grpc/grpc-js';
import { loadProtos } from '../platform/grpc-protos.js';

type UnaryMethod<Request, Response> = (argument: Request, callback: requestCallback<Response>) => ClientUnaryCall;
type RequestOf<M> = M extends UnaryMethod<infer Request, infer _Response> ? Request : never;
type ResponseOf<M> = M extends UnaryMethod<infer _Request, infer Response> ? Response : never;

/** The application's services as a real gRPC client sees them (generated types, insecure channel). */
export const grpcClients = (address: string) => {
  const v1 = loadProtos().protos.mallbots;
  const insecure = credentials.createInsecure();
  return {
    stores: new v1.stores.v1.StoresService(address, insecure),
    customers: new v1.customers.v1.CustomersService(address, insecure),
    baskets: new v1.baskets.v1.BasketService(address, insecure),
    ordering: new v1.ordering.v1.OrderingService(address, insecure),
    payments: new v1.payments.v1.PaymentsService(address, insecure),
    depot: new v1.depot.v1.DepotService(address, insecure),
    search: new v1.search.v1.SearchService(address, insecure),
    robots: new v1.robots.v1.RobotsService(address, insecure),
  };
};

/** Calls a unary method of a generated client; a failed call rejects with the `ServiceError` (its `code` is the status). */
export const unary = <C, K extends keyof C>(client: C, method: K, request: RequestOf<C[K]>): Promise<ResponseOf<C[K]>> =>
  new Promise((resolve, reject) => {
    (client[method] as UnaryMethod<RequestOf<C[K]>, ResponseOf<C[K]>>).call(client, request, (error, response) =>
      error ? reject(error) : resolve(response as ResponseOf<C[K]>),
    );
  });
