import { Server, ServerCredentials, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation } from 'grpc-health-check';
import type { Logger } from 'pino';
import { unaryImplementation, type GrpcServices, type UnaryHandlers } from '../platform/grpc.js';
import { loadProtos } from '../platform/grpc-protos.js';
import type { RunningModule } from '../platform/module.js';

export interface GrpcServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  logger: Logger;
  modules: readonly RunningModule[];
}

export interface RunningGrpcServer {
  /** `host:port`, as a client dials it. */
  readonly address: string;
  /** Refuses new calls and waits for those in flight; streams still open after `graceMs` are cut. */
  close(graceMs?: number): Promise<void>;
}

/** The name health checks ask for: the full name of a service, e.g. `mallbots.stores.v1.StoresService`. */
const serviceNameOf = (service: ServiceDefinition): string => {
  const path = Object.values(service)[0]!.path;
  return path.slice(1, path.lastIndexOf('/'));
};

/**
 * The gRPC side of the gateway: every module's services on one server, with server reflection
 * (grpcurl and other tools list and call them) and the standard health service, which reports each
 * service, and the server as a whole (the empty name), SERVING once listening.
 */
export const startGrpcServer = async (options: GrpcServerOptions): Promise<RunningGrpcServer> => {
  const { definition, protos } = loadProtos();
  const server = new Server();
  const health = new HealthImplementation({ '': 'NOT_SERVING' });
  health.addToServer(server);
  new ReflectionService(definition).addToServer(server);

  const names: string[] = [];
  const add = (service: ServiceDefinition, implementation: UntypedServiceImplementation): void => {
    server.addService(service, implementation);
    names.push(serviceNameOf(service));
  };
  const services: GrpcServices = {
    protos,
    addUnary: <D extends ServiceDefinition>(service: D, handlers: UnaryHandlers<D>) => add(service, unaryImplementation(handlers, options.logger)),
    add,
  };
  for (const module of options.modules) module.grpc?.(services);

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${options.host}:${options.port}`, ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  for (const name of ['', ...names]) health.setStatus(name, 'SERVING');
  const address = `${options.host}:${port}`;
  options.logger.info({ address, services: names }, 'gRPC is serving');

  let closing: Promise<void> | undefined;
  return {
    address,
    close(graceMs = 2_000) {
      closing ??= new Promise<void>((resolve) => {
        for (const name of ['', ...names]) health.setStatus(name, 'NOT_SERVING');
        const cut = setTimeout(() => server.forceShutdown(), graceMs);
        server.tryShutdown(() => {
          clearTimeout(cut);
          resolve();
        });
      });
      return closing;
    },
  };
};
