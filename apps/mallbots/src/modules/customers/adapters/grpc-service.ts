import { idOf, type GrpcServices } from '../../../platform/grpc.js';
import type { CustomersService } from '../application/customers-service.js';
import { newCustomer, smsNumberChange } from './wire.js';

/** `mallbots.customers.v1.CustomersService`: the use cases of the customer routes, and the saga's authorization check, over gRPC. */
export const customersGrpcService = (services: GrpcServices, service: CustomersService): void => {
  services.addUnary(services.protos.mallbots.customers.v1.CustomersService.service, {
    RegisterCustomer: async ({ name, smsNumber }) => ({ id: await service.register(newCustomer.parse({ name, smsNumber })) }),
    AuthorizeCustomer: async (request) => {
      await service.authorize(idOf(request));
      return {};
    },
    GetCustomer: async (request) => ({ customer: await service.get(idOf(request)) }),
    EnableCustomer: async (request) => {
      await service.enable(idOf(request));
      return {};
    },
    DisableCustomer: async (request) => {
      await service.disable(idOf(request));
      return {};
    },
    ChangeSmsNumber: async (request) => {
      await service.changeSmsNumber(idOf(request), smsNumberChange.parse({ smsNumber: request.smsNumber }).smsNumber);
      return {};
    },
  });
};
