import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AuthorizePaymentRequest as _mallbots_payments_v1_AuthorizePaymentRequest, AuthorizePaymentRequest__Output as _mallbots_payments_v1_AuthorizePaymentRequest__Output } from './mallbots/payments/v1/AuthorizePaymentRequest';
import type { AuthorizePaymentResponse as _mallbots_payments_v1_AuthorizePaymentResponse, AuthorizePaymentResponse__Output as _mallbots_payments_v1_AuthorizePaymentResponse__Output } from './mallbots/payments/v1/AuthorizePaymentResponse';
import type { GetInvoiceRequest as _mallbots_payments_v1_GetInvoiceRequest, GetInvoiceRequest__Output as _mallbots_payments_v1_GetInvoiceRequest__Output } from './mallbots/payments/v1/GetInvoiceRequest';
import type { GetInvoiceResponse as _mallbots_payments_v1_GetInvoiceResponse, GetInvoiceResponse__Output as _mallbots_payments_v1_GetInvoiceResponse__Output } from './mallbots/payments/v1/GetInvoiceResponse';
import type { Invoice as _mallbots_payments_v1_Invoice, Invoice__Output as _mallbots_payments_v1_Invoice__Output } from './mallbots/payments/v1/Invoice';
import type { PayInvoiceRequest as _mallbots_payments_v1_PayInvoiceRequest, PayInvoiceRequest__Output as _mallbots_payments_v1_PayInvoiceRequest__Output } from './mallbots/payments/v1/PayInvoiceRequest';
import type { PayInvoiceResponse as _mallbots_payments_v1_PayInvoiceResponse, PayInvoiceResponse__Output as _mallbots_payments_v1_PayInvoiceResponse__Output } from './mallbots/payments/v1/PayInvoiceResponse';
import type { PaymentsServiceClient as _mallbots_payments_v1_PaymentsServiceClient, PaymentsServiceDefinition as _mallbots_payments_v1_PaymentsServiceDefinition } from './mallbots/payments/v1/PaymentsService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  mallbots: {
    payments: {
      v1: {
        AuthorizePaymentRequest: MessageTypeDefinition<_mallbots_payments_v1_AuthorizePaymentRequest, _mallbots_payments_v1_AuthorizePaymentRequest__Output>
        AuthorizePaymentResponse: MessageTypeDefinition<_mallbots_payments_v1_AuthorizePaymentResponse, _mallbots_payments_v1_AuthorizePaymentResponse__Output>
        GetInvoiceRequest: MessageTypeDefinition<_mallbots_payments_v1_GetInvoiceRequest, _mallbots_payments_v1_GetInvoiceRequest__Output>
        GetInvoiceResponse: MessageTypeDefinition<_mallbots_payments_v1_GetInvoiceResponse, _mallbots_payments_v1_GetInvoiceResponse__Output>
        Invoice: MessageTypeDefinition<_mallbots_payments_v1_Invoice, _mallbots_payments_v1_Invoice__Output>
        PayInvoiceRequest: MessageTypeDefinition<_mallbots_payments_v1_PayInvoiceRequest, _mallbots_payments_v1_PayInvoiceRequest__Output>
        PayInvoiceResponse: MessageTypeDefinition<_mallbots_payments_v1_PayInvoiceResponse, _mallbots_payments_v1_PayInvoiceResponse__Output>
        PaymentsService: SubtypeConstructor<typeof grpc.Client, _mallbots_payments_v1_PaymentsServiceClient> & { service: _mallbots_payments_v1_PaymentsServiceDefinition }
      }
    }
  }
}

