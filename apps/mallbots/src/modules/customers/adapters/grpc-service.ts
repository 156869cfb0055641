import type { GrpcServices } from '../../../platform/grpc.js';
import { idParams } from '../../../platform/http-schemas.js';
import type { CustomersService } from '../application/customers-service.js';
import { newCustomer, smsNumberChange } from './wire.js';

/** `mallbots.customers.v1.CustomersService`: the use cases of the customer routes, and the saga's authorization check, over gRPC. */
export const customersGrpcService = (services: GrpcServices, service: CustomersService): void => {
  const id = (request: { id: string }): string => idParams.parse({ id: request.id }).id;
  services.addUnary(services.protos.mallbots.customers.v1.CustomersService.service, {
    RegisterCustomer: async ({ name, smsNumber }) => ({ id: await service.register(newCustomer.parse({ name, smsNumber })) }),
    AuthorizeCustomer: async (request) => {
      await service.authorize(id(request));
      return {};
    },
    GetCustomer: async (request) => ({ customer: await service.get(id(request)) }),
    EnableCustomer: async (request) => {
      await service.enable(id(request));
      return {};
    },
    DisableCustomer: async (request) => {
      await service.disable(id(request));
      return {};
    },
    ChangeSmsNumber: async (request) => {
      await service.changeSmsNumber(id(request), smsNumberChange.parse({ smsNumber: request.smsNumber }).smsNumber);
      return {};
    },
  });
};
