// Original file: proto/mallbots/search/v1/search.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetOrderRequest as _mallbots_search_v1_GetOrderRequest, GetOrderRequest__Output as _mallbots_search_v1_GetOrderRequest__Output } from '../../../mallbots/search/v1/GetOrderRequest';
import type { GetOrderResponse as _mallbots_search_v1_GetOrderResponse, GetOrderResponse__Output as _mallbots_search_v1_GetOrderResponse__Output } from '../../../mallbots/search/v1/GetOrderResponse';
import type { SearchOrdersRequest as _mallbots_search_v1_SearchOrdersRequest, SearchOrdersRequest__Output as _mallbots_search_v1_SearchOrdersRequest__Output } from '../../../mallbots/search/v1/SearchOrdersRequest';
import type { SearchOrdersResponse as _mallbots_search_v1_SearchOrdersResponse, SearchOrdersResponse__Output as _mallbots_search_v1_SearchOrdersResponse__Output } from '../../../mallbots/search/v1/SearchOrdersResponse';

export interface SearchServiceClient extends grpc.Client {
  GetOrder(argument: _mallbots_search_v1_GetOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  GetOrder(argument: _mallbots_search_v1_GetOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  GetOrder(argument: _mallbots_search_v1_GetOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  GetOrder(argument: _mallbots_search_v1_GetOrderRequest, callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _mallbots_search_v1_GetOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _mallbots_search_v1_GetOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _mallbots_search_v1_GetOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _mallbots_search_v1_GetOrderRequest, callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>): grpc.ClientUnaryCall;
  
  SearchOrders(argument: _mallbots_search_v1_SearchOrdersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>): grpc.ClientUnaryCall;
  SearchOrders(argument: _mallbots_search_v1_SearchOrdersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>): grpc.ClientUnaryCall;
  SearchOrders(argument: _mallbots_search_v1_SearchOrdersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>): grpc.ClientUnaryCall;
  SearchOrders(argument: _mallbots_search_v1_SearchOrdersRequest, callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>): grpc.ClientUnaryCall;
  searchOrders(argument: _mallbots_search_v1_SearchOrdersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>): grpc.ClientUnaryCall;
  searchOrders(argument: _mallbots_search_v1_SearchOrdersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>): grpc.ClientUnaryCall;
  searchOrders(argument: _mallbots_search_v1_SearchOrdersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>): grpc.ClientUnaryCall;
  searchOrders(argument: _mallbots_search_v1_SearchOrdersRequest, callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface SearchServiceHandlers extends grpc.UntypedServiceImplementation {
  GetOrder: grpc.handleUnaryCall<_mallbots_search_v1_GetOrderRequest__Output, _mallbots_search_v1_GetOrderResponse>;
  
  SearchOrders: grpc.handleUnaryCall<_mallbots_search_v1_SearchOrdersRequest__Output, _mallbots_search_v1_SearchOrdersResponse>;
  
}

export interface SearchServiceDefinition extends grpc.ServiceDefinition {
  GetOrder: MethodDefinition<_mallbots_search_v1_GetOrderRequest, _mallbots_search_v1_GetOrderResponse, _mallbots_search_v1_GetOrderRequest__Output, _mallbots_search_v1_GetOrderResponse__Output>
  SearchOrders: MethodDefinition<_mallbots_search_v1_SearchOrdersRequest, _mallbots_search_v1_SearchOrdersResponse, _mallbots_search_v1_SearchOrdersRequest__Output, _mallbots_search_v1_SearchOrdersResponse__Output>
}
