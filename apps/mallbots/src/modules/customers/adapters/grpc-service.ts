import { answered, idOf, type GrpcServices } from '../../../platform/grpc.js';
import type { CustomersService } from '../application/customers-service.js';
import { newCustomer, smsNumberChange } from './wire.js';

/** `mallbots.customers.v1.CustomersService`: the use cases of the customer routes, and the saga's authorization check, over gRPC. */
export const customersGrpcService = (services: GrpcServices, service: CustomersService): void => {
  services.addUnary(services.protos.mallbots.customers.v1.CustomersService.service, {
    RegisterCustomer: async ({ name, smsNumber }) => ({ id: await service.register(newCustomer.parse({ name, smsNumber })) }),
    AuthorizeCustomer: (request) => answered(service.authorize(idOf(request))),
    GetCustomer: async (request) => ({ customer: await service.get(idOf(request)) }),
    EnableCustomer: (request) => answered(service.enable(idOf(request))),
    DisableCustomer: (request) => answered(service.disable(idOf(request))),
    ChangeSmsNumber: (request) => answered(service.changeSmsNumber(idOf(request), smsNumberChange.parse({ smsNumber: request.smsNumber }).smsNumber)),
  });
};
