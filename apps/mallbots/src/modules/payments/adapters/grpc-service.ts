import { answered, idOf, type GrpcServices } from '../../../platform/grpc.js';
import type { InvoicesService } from '../application/invoices-service.js';
import type { PaymentsService } from '../application/payments-service.js';
import { authorizationOf, invoiceOnWire, paymentAuthorization } from './wire.js';

/** `mallbots.payments.v1.PaymentsService`: the use cases of the payments routes, over gRPC. */
export const paymentsGrpcService = (services: GrpcServices, payments: PaymentsService, invoices: InvoicesService): void => {
  services.addUnary(services.protos.mallbots.payments.v1.PaymentsService.service, {
    AuthorizePayment: async ({ customerId, amount }) => ({ id: await payments.authorize(authorizationOf(paymentAuthorization.parse({ customerId, amount }))) }),
    GetInvoice: async (request) => ({ invoice: invoiceOnWire(await invoices.get(idOf(request))) }),
    PayInvoice: (request) => answered(invoices.pay(idOf(request))),
  });
};
