// Original file: proto/mallbots/payments/v1/payments.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AuthorizePaymentRequest as _mallbots_payments_v1_AuthorizePaymentRequest, AuthorizePaymentRequest__Output as _mallbots_payments_v1_AuthorizePaymentRequest__Output } from '../../../mallbots/payments/v1/AuthorizePaymentRequest';
import type { AuthorizePaymentResponse as _mallbots_payments_v1_AuthorizePaymentResponse, AuthorizePaymentResponse__Output as _mallbots_payments_v1_AuthorizePaymentResponse__Output } from '../../../mallbots/payments/v1/AuthorizePaymentResponse';
import type { GetInvoiceRequest as _mallbots_payments_v1_GetInvoiceRequest, GetInvoiceRequest__Output as _mallbots_payments_v1_GetInvoiceRequest__Output } from '../../../mallbots/payments/v1/GetInvoiceRequest';
import type { GetInvoiceResponse as _mallbots_payments_v1_GetInvoiceResponse, GetInvoiceResponse__Output as _mallbots_payments_v1_GetInvoiceResponse__Output } from '../../../mallbots/payments/v1/GetInvoiceResponse';
import type { PayInvoiceRequest as _mallbots_payments_v1_PayInvoiceRequest, PayInvoiceRequest__Output as _mallbots_payments_v1_PayInvoiceRequest__Output } from '../../../mallbots/payments/v1/PayInvoiceRequest';
import type { PayInvoiceResponse as _mallbots_payments_v1_PayInvoiceResponse, PayInvoiceResponse__Output as _mallbots_payments_v1_PayInvoiceResponse__Output } from '../../../mallbots/payments/v1/PayInvoiceResponse';

export interface PaymentsServiceClient extends grpc.Client {
  AuthorizePayment(argument: _mallbots_payments_v1_AuthorizePaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>): grpc.ClientUnaryCall;
  AuthorizePayment(argument: _mallbots_payments_v1_AuthorizePaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>): grpc.ClientUnaryCall;
  AuthorizePayment(argument: _mallbots_payments_v1_AuthorizePaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>): grpc.ClientUnaryCall;
  AuthorizePayment(argument: _mallbots_payments_v1_AuthorizePaymentRequest, callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>): grpc.ClientUnaryCall;
  authorizePayment(argument: _mallbots_payments_v1_AuthorizePaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>): grpc.ClientUnaryCall;
  authorizePayment(argument: _mallbots_payments_v1_AuthorizePaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>): grpc.ClientUnaryCall;
  authorizePayment(argument: _mallbots_payments_v1_AuthorizePaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>): grpc.ClientUnaryCall;
  authorizePayment(argument: _mallbots_payments_v1_AuthorizePaymentRequest, callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>): grpc.ClientUnaryCall;
  
  GetInvoice(argument: _mallbots_payments_v1_GetInvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>): grpc.ClientUnaryCall;
  GetInvoice(argument: _mallbots_payments_v1_GetInvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>): grpc.ClientUnaryCall;
  GetInvoice(argument: _mallbots_payments_v1_GetInvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>): grpc.ClientUnaryCall;
  GetInvoice(argument: _mallbots_payments_v1_GetInvoiceRequest, callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>): grpc.ClientUnaryCall;
  getInvoice(argument: _mallbots_payments_v1_GetInvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>): grpc.ClientUnaryCall;
  getInvoice(argument: _mallbots_payments_v1_GetInvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>): grpc.ClientUnaryCall;
  getInvoice(argument: _mallbots_payments_v1_GetInvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>): grpc.ClientUnaryCall;
  getInvoice(argument: _mallbots_payments_v1_GetInvoiceRequest, callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>): grpc.ClientUnaryCall;
  
  PayInvoice(argument: _mallbots_payments_v1_PayInvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>): grpc.ClientUnaryCall;
  PayInvoice(argument: _mallbots_payments_v1_PayInvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>): grpc.ClientUnaryCall;
  PayInvoice(argument: _mallbots_payments_v1_PayInvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>): grpc.ClientUnaryCall;
  PayInvoice(argument: _mallbots_payments_v1_PayInvoiceRequest, callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>): grpc.ClientUnaryCall;
  payInvoice(argument: _mallbots_payments_v1_PayInvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>): grpc.ClientUnaryCall;
  payInvoice(argument: _mallbots_payments_v1_PayInvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>): grpc.ClientUnaryCall;
  payInvoice(argument: _mallbots_payments_v1_PayInvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>): grpc.ClientUnaryCall;
  payInvoice(argument: _mallbots_payments_v1_PayInvoiceRequest, callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface PaymentsServiceHandlers extends grpc.UntypedServiceImplementation {
  AuthorizePayment: grpc.handleUnaryCall<_mallbots_payments_v1_AuthorizePaymentRequest__Output, _mallbots_payments_v1_AuthorizePaymentResponse>;
  
  GetInvoice: grpc.handleUnaryCall<_mallbots_payments_v1_GetInvoiceRequest__Output, _mallbots_payments_v1_GetInvoiceResponse>;
  
  PayInvoice: grpc.handleUnaryCall<_mallbots_payments_v1_PayInvoiceRequest__Output, _mallbots_payments_v1_PayInvoiceResponse>;
  
}

export interface PaymentsServiceDefinition extends grpc.ServiceDefinition {
  AuthorizePayment: MethodDefinition<_mallbots_payments_v1_AuthorizePaymentRequest, _mallbots_payments_v1_AuthorizePaymentResponse, _mallbots_payments_v1_AuthorizePaymentRequest__Output, _mallbots_payments_v1_AuthorizePaymentResponse__Output>
  GetInvoice: MethodDefinition<_mallbots_payments_v1_GetInvoiceRequest, _mallbots_payments_v1_GetInvoiceResponse, _mallbots_payments_v1_GetInvoiceRequest__Output, _mallbots_payments_v1_GetInvoiceResponse__Output>
  PayInvoice: MethodDefinition<_mallbots_payments_v1_PayInvoiceRequest, _mallbots_payments_v1_PayInvoiceResponse, _mallbots_payments_v1_PayInvoiceRequest__Output, _mallbots_payments_v1_PayInvoiceResponse__Output>
}
