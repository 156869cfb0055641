import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPackageDefinition } from '@grpc/grpc-js';
import { loadSync, type PackageDefinition } from '@grpc/proto-loader';
import type { ProtoGrpcType as BasketsProtos } from '../grpc/generated/baskets.js';
import type { ProtoGrpcType as CustomersProtos } from '../grpc/generated/customers.js';
import type { ProtoGrpcType as DepotProtos } from '../grpc/generated/depot.js';
import type { ProtoGrpcType as OrderingProtos } from '../grpc/generated/ordering.js';
import type { ProtoGrpcType as PaymentsProtos } from '../grpc/generated/payments.js';
import type { ProtoGrpcType as RobotsProtos } from '../grpc/generated/robots.js';
import type { ProtoGrpcType as SearchProtos } from '../grpc/generated/search.js';
import type { ProtoGrpcType as StoresProtos } from '../grpc/generated/stores.js';

/** The `.proto` files of the application: `apps/mallbots/proto/mallbots/<module>/v1/*.proto`. */
export const protoDir = fileURLToPath(new URL('../../proto', import.meta.url));

/**
 * How the protos are read at run time. It must match the flags of `npm run generate:grpc`, which
 * writes the TypeScript types of `src/grpc/generated` for exactly this shape: camelCase fields,
 * enums as their names, 64-bit numbers as strings, absent fields as their defaults, and each oneof
 * as a field naming the member that is set.
 */
const loadOptions = { keepCase: false, longs: String, enums: String, defaults: true, oneofs: true, includeDirs: [protoDir] };

/** Every service and message of the application, typed by the generated code. */
export type Protos = StoresProtos & CustomersProtos & BasketsProtos & OrderingProtos & PaymentsProtos & DepotProtos & SearchProtos & RobotsProtos;

const protoFiles = (): string[] =>
  (readdirSync(protoDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.proto')).sort();

let loaded: { definition: PackageDefinition; protos: Protos } | undefined;

/** Reads the protos once per process: the package definition (for reflection) and the typed services. */
export const loadProtos = (): { definition: PackageDefinition; protos: Protos } => {
  if (!loaded) {
    const definition = loadSync(protoFiles(), loadOptions);
    loaded = { definition, protos: loadPackageDefinition(definition) as unknown as Protos };
  }
  return loaded;
};
