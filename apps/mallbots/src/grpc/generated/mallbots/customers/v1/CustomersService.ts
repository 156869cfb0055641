// Original file: proto/mallbots/customers/v1/customers.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AuthorizeCustomerRequest as _mallbots_customers_v1_AuthorizeCustomerRequest, AuthorizeCustomerRequest__Output as _mallbots_customers_v1_AuthorizeCustomerRequest__Output } from '../../../mallbots/customers/v1/AuthorizeCustomerRequest';
import type { AuthorizeCustomerResponse as _mallbots_customers_v1_AuthorizeCustomerResponse, AuthorizeCustomerResponse__Output as _mallbots_customers_v1_AuthorizeCustomerResponse__Output } from '../../../mallbots/customers/v1/AuthorizeCustomerResponse';
import type { ChangeSmsNumberRequest as _mallbots_customers_v1_ChangeSmsNumberRequest, ChangeSmsNumberRequest__Output as _mallbots_customers_v1_ChangeSmsNumberRequest__Output } from '../../../mallbots/customers/v1/ChangeSmsNumberRequest';
import type { ChangeSmsNumberResponse as _mallbots_customers_v1_ChangeSmsNumberResponse, ChangeSmsNumberResponse__Output as _mallbots_customers_v1_ChangeSmsNumberResponse__Output } from '../../../mallbots/customers/v1/ChangeSmsNumberResponse';
import type { DisableCustomerRequest as _mallbots_customers_v1_DisableCustomerRequest, DisableCustomerRequest__Output as _mallbots_customers_v1_DisableCustomerRequest__Output } from '../../../mallbots/customers/v1/DisableCustomerRequest';
import type { DisableCustomerResponse as _mallbots_customers_v1_DisableCustomerResponse, DisableCustomerResponse__Output as _mallbots_customers_v1_DisableCustomerResponse__Output } from '../../../mallbots/customers/v1/DisableCustomerResponse';
import type { EnableCustomerRequest as _mallbots_customers_v1_EnableCustomerRequest, EnableCustomerRequest__Output as _mallbots_customers_v1_EnableCustomerRequest__Output } from '../../../mallbots/customers/v1/EnableCustomerRequest';
import type { EnableCustomerResponse as _mallbots_customers_v1_EnableCustomerResponse, EnableCustomerResponse__Output as _mallbots_customers_v1_EnableCustomerResponse__Output } from '../../../mallbots/customers/v1/EnableCustomerResponse';
import type { GetCustomerRequest as _mallbots_customers_v1_GetCustomerRequest, GetCustomerRequest__Output as _mallbots_customers_v1_GetCustomerRequest__Output } from '../../../mallbots/customers/v1/GetCustomerRequest';
import type { GetCustomerResponse as _mallbots_customers_v1_GetCustomerResponse, GetCustomerResponse__Output as _mallbots_customers_v1_GetCustomerResponse__Output } from '../../../mallbots/customers/v1/GetCustomerResponse';
import type { RegisterCustomerRequest as _mallbots_customers_v1_RegisterCustomerRequest, RegisterCustomerRequest__Output as _mallbots_customers_v1_RegisterCustomerRequest__Output } from '../../../mallbots/customers/v1/RegisterCustomerRequest';
import type { RegisterCustomerResponse as _mallbots_customers_v1_RegisterCustomerResponse, RegisterCustomerResponse__Output as _mallbots_customers_v1_RegisterCustomerResponse__Output } from '../../../mallbots/customers/v1/RegisterCustomerResponse';

export interface CustomersServiceClient extends grpc.Client {
  /**
   * Succeeds for an enabled customer; a disabled one is INVALID_ARGUMENT, an unknown one NOT_FOUND.
   */
  AuthorizeCustomer(argument: _mallbots_customers_v1_AuthorizeCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>): grpc.ClientUnaryCall;
  AuthorizeCustomer(argument: _mallbots_customers_v1_AuthorizeCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>): grpc.ClientUnaryCall;
  AuthorizeCustomer(argument: _mallbots_customers_v1_AuthorizeCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>): grpc.ClientUnaryCall;
  AuthorizeCustomer(argument: _mallbots_customers_v1_AuthorizeCustomerRequest, callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Succeeds for an enabled customer; a disabled one is INVALID_ARGUMENT, an unknown one NOT_FOUND.
   */
  authorizeCustomer(argument: _mallbots_customers_v1_AuthorizeCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>): grpc.ClientUnaryCall;
  authorizeCustomer(argument: _mallbots_customers_v1_AuthorizeCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>): grpc.ClientUnaryCall;
  authorizeCustomer(argument: _mallbots_customers_v1_AuthorizeCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>): grpc.ClientUnaryCall;
  authorizeCustomer(argument: _mallbots_customers_v1_AuthorizeCustomerRequest, callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>): grpc.ClientUnaryCall;
  
  ChangeSmsNumber(argument: _mallbots_customers_v1_ChangeSmsNumberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>): grpc.ClientUnaryCall;
  ChangeSmsNumber(argument: _mallbots_customers_v1_ChangeSmsNumberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>): grpc.ClientUnaryCall;
  ChangeSmsNumber(argument: _mallbots_customers_v1_ChangeSmsNumberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>): grpc.ClientUnaryCall;
  ChangeSmsNumber(argument: _mallbots_customers_v1_ChangeSmsNumberRequest, callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>): grpc.ClientUnaryCall;
  changeSmsNumber(argument: _mallbots_customers_v1_ChangeSmsNumberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>): grpc.ClientUnaryCall;
  changeSmsNumber(argument: _mallbots_customers_v1_ChangeSmsNumberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>): grpc.ClientUnaryCall;
  changeSmsNumber(argument: _mallbots_customers_v1_ChangeSmsNumberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>): grpc.ClientUnaryCall;
  changeSmsNumber(argument: _mallbots_customers_v1_ChangeSmsNumberRequest, callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>): grpc.ClientUnaryCall;
  
  DisableCustomer(argument: _mallbots_customers_v1_DisableCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>): grpc.ClientUnaryCall;
  DisableCustomer(argument: _mallbots_customers_v1_DisableCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>): grpc.ClientUnaryCall;
  DisableCustomer(argument: _mallbots_customers_v1_DisableCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>): grpc.ClientUnaryCall;
  DisableCustomer(argument: _mallbots_customers_v1_DisableCustomerRequest, callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>): grpc.ClientUnaryCall;
  disableCustomer(argument: _mallbots_customers_v1_DisableCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>): grpc.ClientUnaryCall;
  disableCustomer(argument: _mallbots_customers_v1_DisableCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>): grpc.ClientUnaryCall;
  disableCustomer(argument: _mallbots_customers_v1_DisableCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>): grpc.ClientUnaryCall;
  disableCustomer(argument: _mallbots_customers_v1_DisableCustomerRequest, callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>): grpc.ClientUnaryCall;
  
  EnableCustomer(argument: _mallbots_customers_v1_EnableCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>): grpc.ClientUnaryCall;
  EnableCustomer(argument: _mallbots_customers_v1_EnableCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>): grpc.ClientUnaryCall;
  EnableCustomer(argument: _mallbots_customers_v1_EnableCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>): grpc.ClientUnaryCall;
  EnableCustomer(argument: _mallbots_customers_v1_EnableCustomerRequest, callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>): grpc.ClientUnaryCall;
  enableCustomer(argument: _mallbots_customers_v1_EnableCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>): grpc.ClientUnaryCall;
  enableCustomer(argument: _mallbots_customers_v1_EnableCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>): grpc.ClientUnaryCall;
  enableCustomer(argument: _mallbots_customers_v1_EnableCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>): grpc.ClientUnaryCall;
  enableCustomer(argument: _mallbots_customers_v1_EnableCustomerRequest, callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>): grpc.ClientUnaryCall;
  
  GetCustomer(argument: _mallbots_customers_v1_GetCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  GetCustomer(argument: _mallbots_customers_v1_GetCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  GetCustomer(argument: _mallbots_customers_v1_GetCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  GetCustomer(argument: _mallbots_customers_v1_GetCustomerRequest, callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  getCustomer(argument: _mallbots_customers_v1_GetCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  getCustomer(argument: _mallbots_customers_v1_GetCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  getCustomer(argument: _mallbots_customers_v1_GetCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  getCustomer(argument: _mallbots_customers_v1_GetCustomerRequest, callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  
  RegisterCustomer(argument: _mallbots_customers_v1_RegisterCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>): grpc.ClientUnaryCall;
  RegisterCustomer(argument: _mallbots_customers_v1_RegisterCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>): grpc.ClientUnaryCall;
  RegisterCustomer(argument: _mallbots_customers_v1_RegisterCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>): grpc.ClientUnaryCall;
  RegisterCustomer(argument: _mallbots_customers_v1_RegisterCustomerRequest, callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>): grpc.ClientUnaryCall;
  registerCustomer(argument: _mallbots_customers_v1_RegisterCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>): grpc.ClientUnaryCall;
  registerCustomer(argument: _mallbots_customers_v1_RegisterCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>): grpc.ClientUnaryCall;
  registerCustomer(argument: _mallbots_customers_v1_RegisterCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>): grpc.ClientUnaryCall;
  registerCustomer(argument: _mallbots_customers_v1_RegisterCustomerRequest, callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface CustomersServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Succeeds for an enabled customer; a disabled one is INVALID_ARGUMENT, an unknown one NOT_FOUND.
   */
  AuthorizeCustomer: grpc.handleUnaryCall<_mallbots_customers_v1_AuthorizeCustomerRequest__Output, _mallbots_customers_v1_AuthorizeCustomerResponse>;
  
  ChangeSmsNumber: grpc.handleUnaryCall<_mallbots_customers_v1_ChangeSmsNumberRequest__Output, _mallbots_customers_v1_ChangeSmsNumberResponse>;
  
  DisableCustomer: grpc.handleUnaryCall<_mallbots_customers_v1_DisableCustomerRequest__Output, _mallbots_customers_v1_DisableCustomerResponse>;
  
  EnableCustomer: grpc.handleUnaryCall<_mallbots_customers_v1_EnableCustomerRequest__Output, _mallbots_customers_v1_EnableCustomerResponse>;
  
  GetCustomer: grpc.handleUnaryCall<_mallbots_customers_v1_GetCustomerRequest__Output, _mallbots_customers_v1_GetCustomerResponse>;
  
  RegisterCustomer: grpc.handleUnaryCall<_mallbots_customers_v1_RegisterCustomerRequest__Output, _mallbots_customers_v1_RegisterCustomerResponse>;
  
}

export interface CustomersServiceDefinition extends grpc.ServiceDefinition {
  AuthorizeCustomer: MethodDefinition<_mallbots_customers_v1_AuthorizeCustomerRequest, _mallbots_customers_v1_AuthorizeCustomerResponse, _mallbots_customers_v1_AuthorizeCustomerRequest__Output, _mallbots_customers_v1_AuthorizeCustomerResponse__Output>
  ChangeSmsNumber: MethodDefinition<_mallbots_customers_v1_ChangeSmsNumberRequest, _mallbots_customers_v1_ChangeSmsNumberResponse, _mallbots_customers_v1_ChangeSmsNumberRequest__Output, _mallbots_customers_v1_ChangeSmsNumberResponse__Output>
  DisableCustomer: MethodDefinition<_mallbots_customers_v1_DisableCustomerRequest, _mallbots_customers_v1_DisableCustomerResponse, _mallbots_customers_v1_DisableCustomerRequest__Output, _mallbots_customers_v1_DisableCustomerResponse__Output>
  EnableCustomer: MethodDefinition<_mallbots_customers_v1_EnableCustomerRequest, _mallbots_customers_v1_EnableCustomerResponse, _mallbots_customers_v1_EnableCustomerRequest__Output, _mallbots_customers_v1_EnableCustomerResponse__Output>
  GetCustomer: MethodDefinition<_mallbots_customers_v1_GetCustomerRequest, _mallbots_customers_v1_GetCustomerResponse, _mallbots_customers_v1_GetCustomerRequest__Output, _mallbots_customers_v1_GetCustomerResponse__Output>
  RegisterCustomer: MethodDefinition<_mallbots_customers_v1_RegisterCustomerRequest, _mallbots_customers_v1_RegisterCustomerResponse, _mallbots_customers_v1_RegisterCustomerRequest__Output, _mallbots_customers_v1_RegisterCustomerResponse__Output>
}
