// Original file: proto/mallbots/ordering/v1/ordering.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CancelOrderRequest as _mallbots_ordering_v1_CancelOrderRequest, CancelOrderRequest__Output as _mallbots_ordering_v1_CancelOrderRequest__Output } from '../../../mallbots/ordering/v1/CancelOrderRequest';
import type { CancelOrderResponse as _mallbots_ordering_v1_CancelOrderResponse, CancelOrderResponse__Output as _mallbots_ordering_v1_CancelOrderResponse__Output } from '../../../mallbots/ordering/v1/CancelOrderResponse';
import type { CreateOrderRequest as _mallbots_ordering_v1_CreateOrderRequest, CreateOrderRequest__Output as _mallbots_ordering_v1_CreateOrderRequest__Output } from '../../../mallbots/ordering/v1/CreateOrderRequest';
import type { CreateOrderResponse as _mallbots_ordering_v1_CreateOrderResponse, CreateOrderResponse__Output as _mallbots_ordering_v1_CreateOrderResponse__Output } from '../../../mallbots/ordering/v1/CreateOrderResponse';
import type { GetOrderRequest as _mallbots_ordering_v1_GetOrderRequest, GetOrderRequest__Output as _mallbots_ordering_v1_GetOrderRequest__Output } from '../../../mallbots/ordering/v1/GetOrderRequest';
import type { GetOrderResponse as _mallbots_ordering_v1_GetOrderResponse, GetOrderResponse__Output as _mallbots_ordering_v1_GetOrderResponse__Output } from '../../../mallbots/ordering/v1/GetOrderResponse';

export interface OrderingServiceClient extends grpc.Client {
  CancelOrder(argument: _mallbots_ordering_v1_CancelOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>): grpc.ClientUnaryCall;
  CancelOrder(argument: _mallbots_ordering_v1_CancelOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>): grpc.ClientUnaryCall;
  CancelOrder(argument: _mallbots_ordering_v1_CancelOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>): grpc.ClientUnaryCall;
  CancelOrder(argument: _mallbots_ordering_v1_CancelOrderRequest, callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>): grpc.ClientUnaryCall;
  cancelOrder(argument: _mallbots_ordering_v1_CancelOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>): grpc.ClientUnaryCall;
  cancelOrder(argument: _mallbots_ordering_v1_CancelOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>): grpc.ClientUnaryCall;
  cancelOrder(argument: _mallbots_ordering_v1_CancelOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>): grpc.ClientUnaryCall;
  cancelOrder(argument: _mallbots_ordering_v1_CancelOrderRequest, callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>): grpc.ClientUnaryCall;
  
  CreateOrder(argument: _mallbots_ordering_v1_CreateOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  CreateOrder(argument: _mallbots_ordering_v1_CreateOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  CreateOrder(argument: _mallbots_ordering_v1_CreateOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  CreateOrder(argument: _mallbots_ordering_v1_CreateOrderRequest, callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  createOrder(argument: _mallbots_ordering_v1_CreateOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  createOrder(argument: _mallbots_ordering_v1_CreateOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  createOrder(argument: _mallbots_ordering_v1_CreateOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  createOrder(argument: _mallbots_ordering_v1_CreateOrderRequest, callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  
  GetOrder(argument: _mallbots_ordering_v1_GetOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  GetOrder(argument: _mallbots_ordering_v1_GetOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  GetOrder(argument: _mallbots_ordering_v1_GetOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  GetOrder(argument: _mallbots_ordering_v1_GetOrderRequest, callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _mallbots_ordering_v1_GetOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _mallbots_ordering_v1_GetOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _mallbots_ordering_v1_GetOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _mallbots_ordering_v1_GetOrderRequest, callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface OrderingServiceHandlers extends grpc.UntypedServiceImplementation {
  CancelOrder: grpc.handleUnaryCall<_mallbots_ordering_v1_CancelOrderRequest__Output, _mallbots_ordering_v1_CancelOrderResponse>;
  
  CreateOrder: grpc.handleUnaryCall<_mallbots_ordering_v1_CreateOrderRequest__Output, _mallbots_ordering_v1_CreateOrderResponse>;
  
  GetOrder: grpc.handleUnaryCall<_mallbots_ordering_v1_GetOrderRequest__Output, _mallbots_ordering_v1_GetOrderResponse>;
  
}

export interface OrderingServiceDefinition extends grpc.ServiceDefinition {
  CancelOrder: MethodDefinition<_mallbots_ordering_v1_CancelOrderRequest, _mallbots_ordering_v1_CancelOrderResponse, _mallbots_ordering_v1_CancelOrderRequest__Output, _mallbots_ordering_v1_CancelOrderResponse__Output>
  CreateOrder: MethodDefinition<_mallbots_ordering_v1_CreateOrderRequest, _mallbots_ordering_v1_CreateOrderResponse, _mallbots_ordering_v1_CreateOrderRequest__Output, _mallbots_ordering_v1_CreateOrderResponse__Output>
  GetOrder: MethodDefinition<_mallbots_ordering_v1_GetOrderRequest, _mallbots_ordering_v1_GetOrderResponse, _mallbots_ordering_v1_GetOrderRequest__Output, _mallbots_ordering_v1_GetOrderResponse__Output>
}
