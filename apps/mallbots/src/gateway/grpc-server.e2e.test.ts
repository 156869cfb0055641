import { createRequire } from 'node:module';
import { credentials, loadPackageDefinition, status, type Client, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { protoPath as healthProto } from 'grpc-health-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type AppHarness } from '../testing/app-harness.js';

/** Clients for the two standard services, from their own protos (as grpcurl or a load balancer would). */
const standardClients = (address: string) => {
  const reflectionProto = createRequire(import.meta.url).resolve('@grpc/reflection/build/proto/grpc/reflection/v1/reflection.proto');
  const loaded = loadPackageDefinition(loadSync([healthProto, reflectionProto], { keepCase: true, enums: String })) as unknown as {
    grpc: {
      health: { v1: { Health: new (address: string, creds: ReturnType<typeof credentials.createInsecure>) => Client & HealthClient } };
      reflection: { v1: { ServerReflection: new (address: string, creds: ReturnType<typeof credentials.createInsecure>) => Client & ReflectionClient } };
    };
  };
  const insecure = credentials.createInsecure();
  return { health: new loaded.grpc.health.v1.Health(address, insecure), reflection: new loaded.grpc.reflection.v1.ServerReflection(address, insecure) };
};
interface HealthClient {
  Check(request: { service: string }, callback: (error: ServiceError | null, response?: { status: string }) => void): void;
}
interface ReflectionClient {
  ServerReflectionInfo(): ClientDuplexStream<{ list_services: string }, { list_services_response?: { service: { name: string }[] } }>;
}

/** One service per module, named as in the Go reference, and the robots' stream. */
const services = [
  'mallbots.stores.v1.StoresService',
  'mallbots.customers.v1.CustomersService',
  'mallbots.baskets.v1.BasketService',
  'mallbots.ordering.v1.OrderingService',
  'mallbots.payments.v1.PaymentsService',
  'mallbots.depot.v1.DepotService',
  'mallbots.search.v1.SearchService',
  'mallbots.robots.v1.RobotsService',
];

describe('the gRPC gateway', () => {
  let api: AppHarness;
  let clients: ReturnType<typeof standardClients>;
  beforeAll(async () => {
    api = await startTestApp();
    clients = standardClients(api.app.grpcAddress);
  });
  afterAll(async () => {
    clients.health.close();
    clients.reflection.close();
    await api.close();
  });

  const check = (service: string) =>
    new Promise<string>((resolve, reject) => clients.health.Check({ service }, (error, response) => (error ? reject(error) : resolve(response!.status))));

  it('reports the server and each mounted service SERVING, and an unknown service NOT_FOUND', async () => {
    expect(await check('')).toBe('SERVING');
    for (const service of services) expect(await check(service)).toBe('SERVING');
    await expect(check('mallbots.nothing.v1.NothingService')).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it('lists its services through server reflection', async () => {
    const call = clients.reflection.ServerReflectionInfo();
    const names = new Promise<string[]>((resolve, reject) => {
      call.on('data', (response) => resolve(response.list_services_response?.service.map((service: { name: string }) => service.name) ?? []));
      call.on('error', reject);
    });
    call.write({ list_services: '' });
    expect(await names).toEqual(expect.arrayContaining(services));
    call.end();
  });
});
