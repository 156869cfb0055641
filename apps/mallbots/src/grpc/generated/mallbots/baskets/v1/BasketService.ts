// Original file: proto/mallbots/baskets/v1/baskets.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddItemRequest as _mallbots_baskets_v1_AddItemRequest, AddItemRequest__Output as _mallbots_baskets_v1_AddItemRequest__Output } from '../../../mallbots/baskets/v1/AddItemRequest';
import type { AddItemResponse as _mallbots_baskets_v1_AddItemResponse, AddItemResponse__Output as _mallbots_baskets_v1_AddItemResponse__Output } from '../../../mallbots/baskets/v1/AddItemResponse';
import type { CancelBasketRequest as _mallbots_baskets_v1_CancelBasketRequest, CancelBasketRequest__Output as _mallbots_baskets_v1_CancelBasketRequest__Output } from '../../../mallbots/baskets/v1/CancelBasketRequest';
import type { CancelBasketResponse as _mallbots_baskets_v1_CancelBasketResponse, CancelBasketResponse__Output as _mallbots_baskets_v1_CancelBasketResponse__Output } from '../../../mallbots/baskets/v1/CancelBasketResponse';
import type { CheckoutBasketRequest as _mallbots_baskets_v1_CheckoutBasketRequest, CheckoutBasketRequest__Output as _mallbots_baskets_v1_CheckoutBasketRequest__Output } from '../../../mallbots/baskets/v1/CheckoutBasketRequest';
import type { CheckoutBasketResponse as _mallbots_baskets_v1_CheckoutBasketResponse, CheckoutBasketResponse__Output as _mallbots_baskets_v1_CheckoutBasketResponse__Output } from '../../../mallbots/baskets/v1/CheckoutBasketResponse';
import type { GetBasketRequest as _mallbots_baskets_v1_GetBasketRequest, GetBasketRequest__Output as _mallbots_baskets_v1_GetBasketRequest__Output } from '../../../mallbots/baskets/v1/GetBasketRequest';
import type { GetBasketResponse as _mallbots_baskets_v1_GetBasketResponse, GetBasketResponse__Output as _mallbots_baskets_v1_GetBasketResponse__Output } from '../../../mallbots/baskets/v1/GetBasketResponse';
import type { RemoveItemRequest as _mallbots_baskets_v1_RemoveItemRequest, RemoveItemRequest__Output as _mallbots_baskets_v1_RemoveItemRequest__Output } from '../../../mallbots/baskets/v1/RemoveItemRequest';
import type { RemoveItemResponse as _mallbots_baskets_v1_RemoveItemResponse, RemoveItemResponse__Output as _mallbots_baskets_v1_RemoveItemResponse__Output } from '../../../mallbots/baskets/v1/RemoveItemResponse';
import type { StartBasketRequest as _mallbots_baskets_v1_StartBasketRequest, StartBasketRequest__Output as _mallbots_baskets_v1_StartBasketRequest__Output } from '../../../mallbots/baskets/v1/StartBasketRequest';
import type { StartBasketResponse as _mallbots_baskets_v1_StartBasketResponse, StartBasketResponse__Output as _mallbots_baskets_v1_StartBasketResponse__Output } from '../../../mallbots/baskets/v1/StartBasketResponse';

export interface BasketServiceClient extends grpc.Client {
  /**
   * Adds the product with its names and price as the baskets' copy of the catalog has them now.
   */
  AddItem(argument: _mallbots_baskets_v1_AddItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>): grpc.ClientUnaryCall;
  AddItem(argument: _mallbots_baskets_v1_AddItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>): grpc.ClientUnaryCall;
  AddItem(argument: _mallbots_baskets_v1_AddItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>): grpc.ClientUnaryCall;
  AddItem(argument: _mallbots_baskets_v1_AddItemRequest, callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Adds the product with its names and price as the baskets' copy of the catalog has them now.
   */
  addItem(argument: _mallbots_baskets_v1_AddItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>): grpc.ClientUnaryCall;
  addItem(argument: _mallbots_baskets_v1_AddItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>): grpc.ClientUnaryCall;
  addItem(argument: _mallbots_baskets_v1_AddItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>): grpc.ClientUnaryCall;
  addItem(argument: _mallbots_baskets_v1_AddItemRequest, callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>): grpc.ClientUnaryCall;
  
  CancelBasket(argument: _mallbots_baskets_v1_CancelBasketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>): grpc.ClientUnaryCall;
  CancelBasket(argument: _mallbots_baskets_v1_CancelBasketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>): grpc.ClientUnaryCall;
  CancelBasket(argument: _mallbots_baskets_v1_CancelBasketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>): grpc.ClientUnaryCall;
  CancelBasket(argument: _mallbots_baskets_v1_CancelBasketRequest, callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>): grpc.ClientUnaryCall;
  cancelBasket(argument: _mallbots_baskets_v1_CancelBasketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>): grpc.ClientUnaryCall;
  cancelBasket(argument: _mallbots_baskets_v1_CancelBasketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>): grpc.ClientUnaryCall;
  cancelBasket(argument: _mallbots_baskets_v1_CancelBasketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>): grpc.ClientUnaryCall;
  cancelBasket(argument: _mallbots_baskets_v1_CancelBasketRequest, callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>): grpc.ClientUnaryCall;
  
  CheckoutBasket(argument: _mallbots_baskets_v1_CheckoutBasketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>): grpc.ClientUnaryCall;
  CheckoutBasket(argument: _mallbots_baskets_v1_CheckoutBasketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>): grpc.ClientUnaryCall;
  CheckoutBasket(argument: _mallbots_baskets_v1_CheckoutBasketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>): grpc.ClientUnaryCall;
  CheckoutBasket(argument: _mallbots_baskets_v1_CheckoutBasketRequest, callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>): grpc.ClientUnaryCall;
  checkoutBasket(argument: _mallbots_baskets_v1_CheckoutBasketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>): grpc.ClientUnaryCall;
  checkoutBasket(argument: _mallbots_baskets_v1_CheckoutBasketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>): grpc.ClientUnaryCall;
  checkoutBasket(argument: _mallbots_baskets_v1_CheckoutBasketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>): grpc.ClientUnaryCall;
  checkoutBasket(argument: _mallbots_baskets_v1_CheckoutBasketRequest, callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>): grpc.ClientUnaryCall;
  
  GetBasket(argument: _mallbots_baskets_v1_GetBasketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>): grpc.ClientUnaryCall;
  GetBasket(argument: _mallbots_baskets_v1_GetBasketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>): grpc.ClientUnaryCall;
  GetBasket(argument: _mallbots_baskets_v1_GetBasketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>): grpc.ClientUnaryCall;
  GetBasket(argument: _mallbots_baskets_v1_GetBasketRequest, callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>): grpc.ClientUnaryCall;
  getBasket(argument: _mallbots_baskets_v1_GetBasketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>): grpc.ClientUnaryCall;
  getBasket(argument: _mallbots_baskets_v1_GetBasketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>): grpc.ClientUnaryCall;
  getBasket(argument: _mallbots_baskets_v1_GetBasketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>): grpc.ClientUnaryCall;
  getBasket(argument: _mallbots_baskets_v1_GetBasketRequest, callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>): grpc.ClientUnaryCall;
  
  RemoveItem(argument: _mallbots_baskets_v1_RemoveItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>): grpc.ClientUnaryCall;
  RemoveItem(argument: _mallbots_baskets_v1_RemoveItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>): grpc.ClientUnaryCall;
  RemoveItem(argument: _mallbots_baskets_v1_RemoveItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>): grpc.ClientUnaryCall;
  RemoveItem(argument: _mallbots_baskets_v1_RemoveItemRequest, callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>): grpc.ClientUnaryCall;
  removeItem(argument: _mallbots_baskets_v1_RemoveItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>): grpc.ClientUnaryCall;
  removeItem(argument: _mallbots_baskets_v1_RemoveItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>): grpc.ClientUnaryCall;
  removeItem(argument: _mallbots_baskets_v1_RemoveItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>): grpc.ClientUnaryCall;
  removeItem(argument: _mallbots_baskets_v1_RemoveItemRequest, callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>): grpc.ClientUnaryCall;
  
  StartBasket(argument: _mallbots_baskets_v1_StartBasketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>): grpc.ClientUnaryCall;
  StartBasket(argument: _mallbots_baskets_v1_StartBasketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>): grpc.ClientUnaryCall;
  StartBasket(argument: _mallbots_baskets_v1_StartBasketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>): grpc.ClientUnaryCall;
  StartBasket(argument: _mallbots_baskets_v1_StartBasketRequest, callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>): grpc.ClientUnaryCall;
  startBasket(argument: _mallbots_baskets_v1_StartBasketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>): grpc.ClientUnaryCall;
  startBasket(argument: _mallbots_baskets_v1_StartBasketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>): grpc.ClientUnaryCall;
  startBasket(argument: _mallbots_baskets_v1_StartBasketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>): grpc.ClientUnaryCall;
  startBasket(argument: _mallbots_baskets_v1_StartBasketRequest, callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface BasketServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Adds the product with its names and price as the baskets' copy of the catalog has them now.
   */
  AddItem: grpc.handleUnaryCall<_mallbots_baskets_v1_AddItemRequest__Output, _mallbots_baskets_v1_AddItemResponse>;
  
  CancelBasket: grpc.handleUnaryCall<_mallbots_baskets_v1_CancelBasketRequest__Output, _mallbots_baskets_v1_CancelBasketResponse>;
  
  CheckoutBasket: grpc.handleUnaryCall<_mallbots_baskets_v1_CheckoutBasketRequest__Output, _mallbots_baskets_v1_CheckoutBasketResponse>;
  
  GetBasket: grpc.handleUnaryCall<_mallbots_baskets_v1_GetBasketRequest__Output, _mallbots_baskets_v1_GetBasketResponse>;
  
  RemoveItem: grpc.handleUnaryCall<_mallbots_baskets_v1_RemoveItemRequest__Output, _mallbots_baskets_v1_RemoveItemResponse>;
  
  StartBasket: grpc.handleUnaryCall<_mallbots_baskets_v1_StartBasketRequest__Output, _mallbots_baskets_v1_StartBasketResponse>;
  
}

export interface BasketServiceDefinition extends grpc.ServiceDefinition {
  AddItem: MethodDefinition<_mallbots_baskets_v1_AddItemRequest, _mallbots_baskets_v1_AddItemResponse, _mallbots_baskets_v1_AddItemRequest__Output, _mallbots_baskets_v1_AddItemResponse__Output>
  CancelBasket: MethodDefinition<_mallbots_baskets_v1_CancelBasketRequest, _mallbots_baskets_v1_CancelBasketResponse, _mallbots_baskets_v1_CancelBasketRequest__Output, _mallbots_baskets_v1_CancelBasketResponse__Output>
  CheckoutBasket: MethodDefinition<_mallbots_baskets_v1_CheckoutBasketRequest, _mallbots_baskets_v1_CheckoutBasketResponse, _mallbots_baskets_v1_CheckoutBasketRequest__Output, _mallbots_baskets_v1_CheckoutBasketResponse__Output>
  GetBasket: MethodDefinition<_mallbots_baskets_v1_GetBasketRequest, _mallbots_baskets_v1_GetBasketResponse, _mallbots_baskets_v1_GetBasketRequest__Output, _mallbots_baskets_v1_GetBasketResponse__Output>
  RemoveItem: MethodDefinition<_mallbots_baskets_v1_RemoveItemRequest, _mallbots_baskets_v1_RemoveItemResponse, _mallbots_baskets_v1_RemoveItemRequest__Output, _mallbots_baskets_v1_RemoveItemResponse__Output>
  StartBasket: MethodDefinition<_mallbots_baskets_v1_StartBasketRequest, _mallbots_baskets_v1_StartBasketResponse, _mallbots_baskets_v1_StartBasketRequest__Output, _mallbots_baskets_v1_StartBasketResponse__Output>
}
